"""Dialogs opened from several screens: connecting a shop (device flow) and its QR code."""
