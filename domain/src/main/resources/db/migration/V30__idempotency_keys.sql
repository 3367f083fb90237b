-- The first answer to a creating request sent with an Idempotency-Key, so that a repeat of the request (a client
-- retrying after a timeout, on any node) gets that answer again instead of creating a second object.
create table idempotent_request (
    scope            varchar(200)     not null,
    idempotency_key  varchar(200)     not null,
    fingerprint      varchar(64)      not null,
    claim_token      varchar(36)      not null,
    state            varchar(10)      not null,
    response_status  integer,
    response_type    varchar(200),
    response_location varchar(1000),
    response_body    varchar(1000000),
    created_at       timestamp with time zone not null,
    locked_until     timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    constraint pk_idempotent_request primary key (scope, idempotency_key)
);
create index ix_idempotent_request_expiry on idempotent_request (expires_at);
