"""The fixed vocabulary of the game: every word a case file may use as a value.

A case file is free text in most places, but the rules engine needs to know what a
word means. These lists are that shared meaning; the loader refuses any other word
and suggests the closest one, so a facilitator's typo never silently disables a rule.
"""

from __future__ import annotations

ROLLEN: dict[str, str] = {
    "gemeente": "Gemeente",
    "swo": "Sociaalwerkorganisatie",
}

# The contracting forms the sources name (SWN 2020, PIANOo). A case offers a subset.
INKOOPVORMEN: dict[str, str] = {
    "subsidie": "Subsidie",
    "aanbesteden": "Aanbesteden (openbare aanbesteding)",
    "bestuurlijk_aanbesteden": "Bestuurlijk aanbesteden",
    "maatschappelijk_aanbesteden": "Maatschappelijk aanbesteden",
    "populatiebekostiging": "Populatiebekostiging / wijkbudget",
    "inbesteden": "Inbesteden (gemeente doet het zelf)",
    "open_house": "Open house",
}

# The issues every case negotiates; a case may add its own beside them.
VASTE_PUNTEN: dict[str, str] = {
    "inkoopvorm": "Inkoopvorm",
    "aanbieders": "Aantal aanbieders",
    "looptijd": "Looptijd (jaren)",
    "verlengopties": "Verlengopties (jaren)",
}

# Fixed issues a case with segments may split: one issue per segment, `aanbieders_jeugd`.
# The contracting form stays one choice for the whole case.
SPLITSBARE_PUNTEN: tuple[str, ...] = ("aanbieders", "looptijd", "verlengopties")

# Issues whose options must carry a number (`getal`) the rules can reason with.
GETAL_PUNTEN: dict[str, str] = {
    "aanbieders": "het aantal aanbieders",
    "looptijd": "de looptijd in jaren",
    "verlengopties": "het totaal aan verlengjaren",
    "percelen": "het aantal percelen",
}

DOELEN: dict[str, str] = {
    "innovatie": "Innovatie en transformatie",
    "partnerschap": "Partnerschap en vertrouwen",
    "keuzevrijheid": "Keuzevrijheid voor inwoners",
    "kostenbeheersing": "Kostenbeheersing",
    "continuiteit": "Continuïteit voor inwoners",
    "preventie": "Preventie",
    "eenvoud": "Minder bureaucratie",
}

DOMEINEN: dict[str, str] = {
    "jeugd": "Jeugd(hulp)",
    "welzijn": "Welzijn",
    "wonen_zorg": "Wonen en zorg",
    "mantelzorg": "Mantelzorgondersteuning",
    "opbouwwerk": "Opbouwwerk",
    "wmo": "Wmo-ondersteuning",
}

# What a question, interest or argument is about. Rules ask "was X discussed?".
ONDERWERPEN: dict[str, str] = {
    "marktordening": "Marktordening (aantal aanbieders, percelen)",
    "inkoopvorm": "Inkoopvorm",
    "looptijd": "Looptijd en verlenging",
    "kern_opdracht": "De kern van de opdracht",
    "praktijk": "Wat er in de praktijk gebeurt",
    "bewoners": "De rol van inwoners",
    "politiek": "Bestuur en politiek",
    "tarieven": "Tarieven en budget",
    "eisen": "Eisen en verantwoording",
    "outcome": "Sturen op outcome",
    "samenwerking": "Samenwerking tussen aanbieders",
    "personeel": "Personeel en frictiekosten",
    "contactpersoon": "Vast contactpersoon",
    "dialoog": "Dialoog tijdens en na de inkoop",
    "dialoog_verboden": "Bewering: dialoog mag niet tijdens een aanbesteding",
    "dialoog_mag": "Rechtzetting: dialoog mag ook tijdens een aanbesteding",
    "schaal": "Schaal: wijk, dorp of stad",
    "overig": "Overig",
}

# Properties an option can carry, so general rules work on any case's own issues.
KENMERKEN: dict[str, str] = {
    "consortium": "Aanbieders werken als consortium",
    "verbindende_partij": "Een onafhankelijke verbindende partij",
    "outcome": "Sturen op outcome (maatschappelijk resultaat)",
    "output": "Sturen op output (producten, uren)",
    "laagste_prijs": "Gunning vooral op laagste prijs",
    "veel_eisen": "Veel eisen en verantwoording",
    "weinig_eisen": "Eenvoudige eisen",
    "bewoners_beslissen_mee": "Inwoners beslissen mee over criteria en selectie",
    "flexibel": "Ruimte voor nieuwe toetreders",
    "dialoogtafels": "Vaste dialoog- of inkooptafels",
    "vast_contactpersoon": "Eén vast contactpersoon bij de gemeente",
    "wijkgericht": "Afspraken per wijk of dorp",
    "zonder_beschikking": "Werken zonder beschikkingen en indicaties",
    "bestuur_betrokken": "Bestuur en politiek vanaf het begin betrokken",
    "personeel_over": "Personeel gaat over naar de nieuwe aanbieder",
    "gemeente_beoordeelt": "De gemeente beoordeelt en selecteert aanbieders zelf",
}

# The topic of talking about a fixed issue (a preference statement on it); a case's
# own issue names its topic with `onderwerp`.
PUNT_ONDERWERPEN: dict[str, str] = {
    "inkoopvorm": "inkoopvorm",
    "aanbieders": "marktordening",
    "percelen": "marktordening",
    "looptijd": "looptijd",
    "verlengopties": "looptijd",
}

# How heavily an issue weighs for a side, in a preference statement ("weegt zwaar").
GEWICHTEN: dict[str, str] = {
    "zwaar": "weegt zwaar",
    "gemiddeld": "weegt gemiddeld",
    "licht": "weegt licht",
}

ERNST: dict[str, str] = {
    "compliment": "Compliment",
    "tip": "Tip",
    "waarschuwing": "Waarschuwing",
}

# Public-value dimensions that rules push up or down.
DIMENSIES: dict[str, str] = {
    "partnerschap": "Partnerschap",
    "innovatie": "Innovatie",
    "continuiteit": "Continuïteit voor inwoners",
    "keuzevrijheid": "Keuzevrijheid",
    "uitvoeringslasten": "Uitvoeringslasten",
    "juridisch_risico": "Juridisch risico",
}

UITKOMSTEN: dict[str, str] = {
    "lopend": "Ronde loopt",
    "akkoord": "Akkoord",
    "geen_akkoord": "Geen akkoord",
    "beurtlimiet": "Geen akkoord: zetten op",
}

# Feedback that holds only because of a proposal nobody accepted carries this label on
# every screen and in every report, so it never reads as praise of an agreement.
OVER_NIET_AANVAARD = "over het laatste voorstel, dat niet werd aanvaard"
OVER_NOG_NIET_AANVAARD = "over het laatste voorstel, nog niet aanvaard"  # mid-round, in replay
