"""The domain core of the game, without any user interface.

Packages, bottom to top (each uses only those before it): bestanden, model, regels,
spel, catalogus, opslag, analyse, uitvoer, facilitator. `docs/ontwerp.md` says what
each holds; `lint-imports` keeps the order.
"""
