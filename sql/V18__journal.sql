-- The journal: every change to customers' data as the command that made it, written in the change's transaction
-- (docs/decisions/one-change-pipeline.md). A kiosk carries its entries home; home replays them through the same
-- pipeline and keeps them with the kiosk's own sequence number, which makes a replay happen once.
CREATE TABLE journal (
    id               ${id_column},
    entry_id         VARCHAR(36)  NOT NULL UNIQUE,
    origin           VARCHAR(80)  NOT NULL,
    origin_sequence  BIGINT,
    format_version   INTEGER      NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    actor_kind       VARCHAR(16)  NOT NULL,
    actor            VARCHAR(64)  NOT NULL,
    actor_role       VARCHAR(16),
    command_type     VARCHAR(64)  NOT NULL,
    command          TEXT         NOT NULL,
    UNIQUE (origin, origin_sequence)
);
