"""Frequent words of languages briefparse does not support, for detection only.

A text in one of these languages shares words with the supported ones (Italian "con", "una" with
Spanish; Bulgarian "и", "от" with Russian); with these lists as rivals, detection sees it is closer
to a language it does not know and says "unknown" rather than guessing. A language that gets its
own module (with `LANGUAGE`) is no longer taken from here. Words that are also common in a
supported language but not among its frequent words ("met", "over" in English) stay out.
"""

STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "it": "il di che e la per un una non in con del della dei delle degli al alla nel nella sono è ha anche "
        "più gli lo si da ma dopo tra questo questa stato essere ai sui",
        "pt": "de a o que e do da em um uma para com não os as no na por mais dos das ao se foi também como seu "
        "sua pelo pela já ainda são está ele ela nos nas",
        "ca": "el la de i que a en els les del per amb un una es va no al ha com més però seu seva aquest aquesta "
        "també dels pel sobre",
        "nl": "de het een en van in is op te dat voor zijn niet aan er ook als bij maar om naar werd heeft hij zij "
        "deze dit uit nog worden",
        "pl": "i w na z się nie że to jest o od po przez oraz dla jak który która które także został była był "
        "już jego ich tym tego",
        "cs": "a v se na je že s z do o k to by jako pro který která které také byl byla jeho již po od ve ze při",
        "hr": "i u na je da se za od sa su koji koja kao što ali nakon bio bila još samo",
        "ro": "și în de la a cu pe din care că pentru un o este sunt fost au mai nu al ale lui iar după acest această",
        "sv": "och i att det som en på är av för med till den har de inte om ett han var också efter",
        "da": "og i at det som en på er af for med til den har de ikke om et han var også efter",
        "tr": "ve bir bu da de için ile olarak olan çok daha gibi ama ancak sonra kadar ise değil her tarafından göre",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada telah atau "
        "mereka bahwa kata",
        "uk": "і й що це та як з у від до не на для його був була були також який яка які після вже ще буде "
        "року між або але щоб якщо",
        "bg": "и на в за от с се да че е са не по това като му ще със след при към до който която които също още "
        "беше бяха година "
        "г ги му си тя те той тази този тези вече само обаче днес заяви каза според",
        "sr": "и у на је да се за од са су који која као што али након био била још само",
    }.items()
}
