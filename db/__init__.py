"""Storage: SQLAlchemy models, migrations, repositories, search, import. The only package that
imports SQLAlchemy."""
