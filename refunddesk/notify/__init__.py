"""Buyer notices: Allegro messages and e-mail."""
