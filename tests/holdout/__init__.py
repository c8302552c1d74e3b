"""A held-out company generator, written without reading the reader or the other generators.

`company.build(seed)` plans a whole company (departments with their own habits, entries,
planted clashes, double bookings, duplicated efforts and decoys) as data; `files.write`
turns it into the files the departments would send; `score.score` compares a
`consolidate` report with the truth.
"""
