"""An Allegro-compatible shop on loopback for demos, simulation and tests."""
