"""The real Allegro REST client: OAuth, requests, mapping into domain objects."""
