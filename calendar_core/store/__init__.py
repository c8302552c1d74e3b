"""The workspace store: schema, versioning and the re-import sync (SQLAlchemy Core)."""
from calendar_core.store.schema import SCHEMA_VERSION, WorkspaceError, open_engine

__all__ = ["SCHEMA_VERSION", "WorkspaceError", "open_engine"]
