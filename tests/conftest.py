"""Suite-wide set-up."""

import signal


def pytest_configure() -> None:
    """Let the commands the tests start receive Ctrl-C as they would at a terminal: a suite started as a background
    job of a non-interactive shell inherits SIGINT ignored, and every command it starts would then ignore it too."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
