"""Two short reports of one flood that disagree in several places (written for these tests)."""

LEFT = """Hochwasser in Passau

Passau. Die Donau erreichte am Montag einen Pegel von 12,20 Metern.

Rund 20.000 Menschen mussten ihre Häuser verlassen.

Der Oberbürgermeister rief den Katastrophenfall aus.

Die Polizei hat einen Plünderer am Abend festgenommen.

Die Bundeswehr half beim Bau von Deichen aus Sandsäcken.

Am Abend spielte im Stadion eine Band aus Schweden vor vielen Zuschauern.
"""

RIGHT = """Flut in Passau

Passau. Die Donau erreichte am Dienstag einen Pegel von 12,20 Metern.

Rund 2.000 Menschen mussten ihre Häuser verlassen.

Der Oberbürgermeister rief den Katastrophenfall aus.

Die Polizei hat einen Plünderer am Abend freigelassen.

Soldaten der Bundeswehr halfen beim Bau von Deichen aus Sandsäcken.

Der Wetterdienst erwartet für das Wochenende weiteren Regen in Bayern.
"""
