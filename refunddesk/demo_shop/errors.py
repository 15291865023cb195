"""Allegro-shaped error responses raised by handlers: ErrorsHolder and AuthError bodies."""

from __future__ import annotations

from typing import Any


class ShopError(Exception):
    """An HTTP error response; `body` is already in Allegro's shape."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def error(
    code: str,
    message: str,
    *,
    user_message: str | None = None,
    path: str | None = None,
    details: str | None = None,
    metadata: dict[str, str] | None = None,
) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "userMessage": user_message if user_message is not None else message,
        "path": path,
        "details": details,
        "metadata": metadata or {},
    }


def errors_holder(status: int, code: str, message: str, **kw: Any) -> ShopError:
    """An ErrorsHolder response with one error."""
    return ShopError(status, {"errors": [error(code, message, **kw)]})


def many_errors(status: int, errors: list[dict[str, Any]]) -> ShopError:
    return ShopError(status, {"errors": errors})


def auth_error(description: str, error_code: str = "invalid_token") -> ShopError:
    """401 with Allegro's AuthError body (not an ErrorsHolder)."""
    return ShopError(401, {"error": error_code, "error_description": description})


def validation(
    message: str, *, path: str | None = None, user_message: str | None = None
) -> ShopError:
    return errors_holder(422, "VALIDATION_ERROR", message, path=path, user_message=user_message)


def not_found(what: str) -> ShopError:
    return errors_holder(
        404, "NOT_FOUND", f"{what} not found", user_message=f"Nie znaleziono: {what}"
    )
