"""What the rest of the app sees of a marketplace: the protocol and its errors."""
