"""factory_boy factories for every app's models, one module per app
(tests/factories/parks.py builds apps/parks models); content factories build on
base.PublishedFactory."""
