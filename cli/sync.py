"""`sync [--hub URL]`: one sync round of this desk's database with its hub (the URL in the
desk's configuration unless given): push what this desk changed, pull what the others changed.
Prints `{"pushed", "pulled", "conflicts", "waiting", "last_seq"}`. Exit 2 with one calm line
when the hub cannot be reached: nothing is lost, the next round sends it."""

from __future__ import annotations

from domain.messages import BadInput


def add_arguments(p) -> None:
    p.add_argument("--hub", default=None, metavar="URL",
                   help="the hub's PostgreSQL URL (default: the one in this desk's configuration)")
    p.add_argument("--desk-id", default=None, metavar="ID",
                   help="this desk's id in the hub's register of desks (default: the configured one)")
    p.add_argument("--page", type=int, default=500,
                   help="changes pushed per hub transaction (default 500; a pull applies ten "
                        "times as many per transaction of this desk)")


def run(args) -> dict[str, object]:
    from db.desk_config import read_config
    from db.engine import describe_failure, open_database, session_factory
    from db.faults import is_connection_lost
    from db.settings import ensure_site_prefix, load_settings
    from services import sync

    config = read_config()
    hub_url = args.hub or (config.hub if config is not None else "")
    if not hub_url:
        raise BadInput(sync.ERR_NO_HUB, field="hub")
    engine = open_database(args.db)
    hub_engine = None
    try:
        local = session_factory(engine)
        with local() as session:
            site = ensure_site_prefix(session)
            clinic = load_settings(session).org_bin
            desk_id = args.desk_id or (config.desk_id if config is not None else "") or \
                sync.desk_id(session)
            session.commit()
        try:
            hub_engine = open_database(hub_url)
        except BadInput as exc:
            cause = exc.__cause__
            if cause is not None and (is_connection_lost(cause) or describe_failure(cause)):
                raise sync.unreachable(local) from exc
            raise
        hub = session_factory(hub_engine)
        done = sync.run_round(local, hub, desk_id=desk_id, site=site, clinic=clinic,
                              page=max(1, args.page))
        with local() as session:
            st = sync.state(session)
            return {"pushed": done.pushed, "pulled": done.pulled, "conflicts": done.conflicts,
                    "waiting": st.waiting, "last_seq": sync.last_seq(session)}
    finally:
        if hub_engine is not None:
            hub_engine.dispose()
        engine.dispose()
