"""The real Allegro REST client: OAuth (auth.py), requests (http.py, client.py), mapping into
domain objects (mapping.py, usual_orders.py). Nothing is imported here: the page reading
helper process imports only what reads a page (order_pages.py), and starts sooner without the
HTTP client."""
