"""Make the broken variants of goed.toml: one mistake per file (run from this folder).

    python maak.py

Each entry replaces one piece of text in goed.toml. The tests in
tests/kern/facilitator/test_valideren.py name the exact line and column of every message, so
change a fixture only together with its test.
"""

from pathlib import Path

HERE = Path(__file__).parent
GOED = (HERE / "goed.toml").read_text(encoding="utf-8")
REGEL = """als = 'heeft_voorstel and sturing == "outcome" and "outcome" in besproken'"""

VARIANTEN = {
    # keys misspelt at every level
    "sleutel_bovenaan": ('titel = "Proefdorp', 'titl = "Proefdorp'),
    "sleutel_in_optie": ('{ titel = "Drie aanbieders", getal = 3 }', '{ titel = "Drie aanbieders", getl = 3 }'),
    "sleutel_in_item": ('{ id = "ruimte", tekst', '{ id = "ruimte", tekts'),
    "sleutel_in_regel": ("effecten = { innovatie", "efecten = { innovatie"),
    "sleutel_in_brief": ('functie = "Directeur"', 'functi = "Directeur"'),
    "rol_verschreven": ("[rollen.swo]", "[rollen.sow]"),
    # words from the wrong list or misspelt
    "doel": ('doelen = ["innovatie", "partnerschap"]', 'doelen = ["innovatie", "partnerschp"]'),
    "kenmerk": ('kenmerken = ["outcome"]', 'kenmerken = ["outcom"]'),
    "onderwerp": ('onderwerp = "politiek"', 'onderwerp = "politek"'),
    "inkoopvorm": ("opties.aanbesteden = {", "opties.aanbesteding = {"),
    "ernst": ('ernst = "compliment"\nbericht = "Een lange', 'ernst = "complement"\nbericht = "Een lange'),
    # weights and values
    "waarden_optie": ("waarden.aanbieders = { een = 30, drie = 100", "waarden.aanbieders = { een = 30, dire = 100"),
    "gewichten_punt": ("gewichten = { inkoopvorm = 20, aanbieders = 15", "gewichten = { inkoopvorm = 20, aanbieder = 15"),
    "gewichten_som": ("verlengopties = 10, sturing = 40 }", "verlengopties = 10, sturing = 30 }"),
    "waarde_ontbreekt": ("waarden.looptijd = { jaar_2 = 0, jaar_4 = 40, jaar_6 = 100 }", "waarden.looptijd = { jaar_2 = 0, jaar_4 = 40 }"),
    "ondergrens_te_hoog": ("ondergrens = 60\n\n[rollen.swo]", "ondergrens = 101\n\n[rollen.swo]"),
    "ondergrens_onhaalbaar": ("output = 100, outcome = 50 }\nondergrens = 60", "output = 10, outcome = 5 }\nondergrens = 95"),
    "vast_punt_hernoemd": ("[onderhandelpunten.verlengopties]", "[onderhandelpunten.verlenging]"),
    # rules
    "regel_feit": (REGEL, REGEL.replace("in besproken", "in besprokn")),
    "regel_woord": (REGEL, REGEL.replace('sturing == "outcome"', 'sturing == "outcom"')),
    "regel_ander_punt": (REGEL, REGEL.replace('sturing == "outcome"', 'sturing == "drie"')),
    "regel_verkeerde_lijst": (REGEL, REGEL.replace('"outcome" in besproken', '"marktordening" in kenmerken')),
    "regel_zonder_bewaking": ("'heeft_voorstel and max_looptijd_jaren >= 8'", "'max_looptijd_jaren >= 8'"),
    "regel_meer_regels": (REGEL, 'als = """\nheeft_voorstel\n  and "outcome" in besprokn"""'),
    "regel_stil": ("max_looptijd_jaren >= 8", "max_looptijd_jaren >= 9"),
    "verbod_stil": ("aantal_aanbieders == 1'", "aantal_aanbieders == 2'"),
    "verbod_alles": ('als = \'inkoopvorm == "aanbesteden" and aantal_aanbieders == 1\'', "als = 'aantal_aanbieders >= 1'"),
    # playability (warnings only)
    "geen_akkoord": ("ondergrens = 60\n\n[[regels]]", "ondergrens = 96\n\n[[regels]]"),
    "ideaal_aanvaard": ("ondergrens = 60\n\n[[regels]]", "ondergrens = 50\n\n[[regels]]"),
    "te_veel_akkoorden": ("ondergrens = 60\n\n[rollen.swo]", "ondergrens = 27\n\n[rollen.swo]"),
    "ruilen_loont_niet": ("gewichten = { inkoopvorm = 25, aanbieders = 20, looptijd = 40, verlengopties = 5, sturing = 10 }",
                          "gewichten = { inkoopvorm = 5, aanbieders = 5, looptijd = 10, verlengopties = 5, sturing = 75 }"),
    # several mistakes in one file: all reported at once
    "drie_fouten": ("max_zetten = 16", "max_zetten = \"zestien\""),
    "fouten_van_elke_soort": ("verlengopties = 10, sturing = 40 }", "verlengopties = 10, sturing = 30 }"),
    # the id of a bundled case
    "meegeleverde_id": ('id = "proefdorp"', 'id = "dalfsen"'),
}

EXTRA = {  # a second mistake on top of the first, same file
    "drie_fouten": [('doelen = ["innovatie", "partnerschap"]', 'doelen = ["innovatie", "partnerschp"]'),
                    ("functie = \"Directeur\"", "functi = \"Directeur\"")],
    "fouten_van_elke_soort": [(REGEL, REGEL.replace("in besproken", "in besprokn"))],
    "te_veel_akkoorden": [("ondergrens = 60\n\n[[regels]]", "ondergrens = 56\n\n[[regels]]")],
}


def main() -> None:
    for name, (old, new) in VARIANTEN.items():
        assert GOED.count(old) == 1, f"{name}: {old!r} staat niet precies één keer in goed.toml"
        text = GOED.replace(old, new)
        for extra_old, extra_new in EXTRA.get(name, []):
            assert text.count(extra_old) == 1, name
            text = text.replace(extra_old, extra_new)
        (HERE / f"{name}.toml").write_text(text, encoding="utf-8")
    (HERE / "leeg.toml").write_text("", encoding="utf-8")
    (HERE / "geen_utf8.toml").write_bytes(GOED.replace("Eén", "E\xe9n").encode("latin-1"))
    (HERE / "toml_fout.toml").write_text(GOED.replace('functie = "Beleidsadviseur"', "functie = Beleidsadviseur"), encoding="utf-8")


if __name__ == "__main__":
    main()
