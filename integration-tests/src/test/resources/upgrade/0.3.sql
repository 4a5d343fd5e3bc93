--
-- PostgreSQL database dump
--

\restrict 4NQ8qIquvnzEwzOCaN8w43boZTLjAfNTdDTFJC9ZuGjoFd4MUunFeIJu5NN0bvk

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: admin_event_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.admin_event_entity (
    id character varying(36) NOT NULL,
    admin_event_time bigint,
    realm_id character varying(255),
    operation_type character varying(255),
    auth_realm_id character varying(255),
    auth_client_id character varying(255),
    auth_user_id character varying(255),
    ip_address character varying(255),
    resource_path character varying(2550),
    representation text,
    error character varying(255),
    resource_type character varying(64),
    details_json text
);


--
-- Name: associated_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.associated_policy (
    policy_id character varying(36) NOT NULL,
    associated_policy_id character varying(36) NOT NULL
);


--
-- Name: auth_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_session (
    root_auth_session_id character varying(36) NOT NULL,
    tab_id character varying(36) NOT NULL,
    client_uuid character varying(255),
    auth_user_id character varying(255),
    "timestamp" bigint,
    version integer,
    redirect_uri text,
    action character varying(255),
    protocol character varying(255),
    client_scopes text,
    execution_status text,
    client_notes text,
    auth_notes text,
    required_actions text,
    user_session_notes text
);


--
-- Name: authentication_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authentication_execution (
    id character varying(36) NOT NULL,
    alias character varying(255),
    authenticator character varying(36),
    realm_id character varying(36),
    flow_id character varying(36),
    requirement integer,
    priority integer,
    authenticator_flow boolean DEFAULT false NOT NULL,
    auth_flow_id character varying(36),
    auth_config character varying(36)
);


--
-- Name: authentication_flow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authentication_flow (
    id character varying(36) NOT NULL,
    alias character varying(255),
    description character varying(255),
    realm_id character varying(36),
    provider_id character varying(36) DEFAULT 'basic-flow'::character varying NOT NULL,
    top_level boolean DEFAULT false NOT NULL,
    built_in boolean DEFAULT false NOT NULL
);


--
-- Name: authenticator_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authenticator_config (
    id character varying(36) NOT NULL,
    alias character varying(255),
    realm_id character varying(36)
);


--
-- Name: authenticator_config_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authenticator_config_entry (
    authenticator_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: broker_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.broker_link (
    identity_provider character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL,
    broker_user_id character varying(255),
    broker_username character varying(255),
    token text,
    user_id character varying(255) NOT NULL
);


--
-- Name: client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client (
    id character varying(36) NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    full_scope_allowed boolean DEFAULT false NOT NULL,
    client_id character varying(255),
    not_before integer,
    public_client boolean DEFAULT false NOT NULL,
    secret character varying(255),
    base_url character varying(255),
    bearer_only boolean DEFAULT false NOT NULL,
    management_url character varying(255),
    surrogate_auth_required boolean DEFAULT false NOT NULL,
    realm_id character varying(36),
    protocol character varying(255),
    node_rereg_timeout integer DEFAULT 0,
    frontchannel_logout boolean DEFAULT false NOT NULL,
    consent_required boolean DEFAULT false NOT NULL,
    name character varying(255),
    service_accounts_enabled boolean DEFAULT false NOT NULL,
    client_authenticator_type character varying(255),
    root_url character varying(255),
    description character varying(255),
    registration_token character varying(255),
    standard_flow_enabled boolean DEFAULT true NOT NULL,
    implicit_flow_enabled boolean DEFAULT false NOT NULL,
    direct_access_grants_enabled boolean DEFAULT false NOT NULL,
    always_display_in_console boolean DEFAULT false NOT NULL,
    created_timestamp bigint,
    last_modified_timestamp bigint
);


--
-- Name: client_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_attributes (
    client_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: client_auth_flow_bindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_auth_flow_bindings (
    client_id character varying(36) NOT NULL,
    flow_id character varying(36),
    binding_name character varying(255) NOT NULL
);


--
-- Name: client_initial_access; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_initial_access (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    "timestamp" integer,
    expiration integer,
    count integer,
    remaining_count integer
);


--
-- Name: client_node_registrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_node_registrations (
    client_id character varying(36) NOT NULL,
    value integer,
    name character varying(255) NOT NULL
);


--
-- Name: client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope (
    id character varying(36) NOT NULL,
    name character varying(255),
    realm_id character varying(36),
    description character varying(255),
    protocol character varying(255)
);


--
-- Name: client_scope_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_attributes (
    scope_id character varying(36) NOT NULL,
    value character varying(2048),
    name character varying(255) NOT NULL
);


--
-- Name: client_scope_client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_client (
    client_id character varying(255) NOT NULL,
    scope_id character varying(255) NOT NULL,
    default_scope boolean DEFAULT false NOT NULL
);


--
-- Name: client_scope_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_role_mapping (
    scope_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL
);


--
-- Name: cluster_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_event (
    id character varying(36) NOT NULL,
    target_cluster character varying(200) NOT NULL,
    sender_cluster character varying(200) NOT NULL,
    event_data oid NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: component; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.component (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_id character varying(36),
    provider_id character varying(36),
    provider_type character varying(255),
    realm_id character varying(36),
    sub_type character varying(255)
);


--
-- Name: component_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.component_config (
    id character varying(36) NOT NULL,
    component_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: composite_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.composite_role (
    composite character varying(36) NOT NULL,
    child_role character varying(36) NOT NULL
);


--
-- Name: credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    user_id character varying(36),
    created_date bigint,
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer,
    version integer DEFAULT 0
);


--
-- Name: databasechangelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_passkey_au; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_passkey_au (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangeloglock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangeloglock (
    id integer NOT NULL,
    locked boolean NOT NULL,
    lockgranted timestamp without time zone,
    lockedby character varying(255)
);


--
-- Name: default_client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.default_client_scope (
    realm_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    default_scope boolean DEFAULT false NOT NULL
);


--
-- Name: event_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_entity (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    details_json character varying(2550),
    error character varying(255),
    ip_address character varying(255),
    realm_id character varying(255),
    session_id character varying(255),
    event_time bigint,
    type character varying(255),
    user_id character varying(255),
    details_json_long_value text
);


--
-- Name: fed_issued_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_issued_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36) NOT NULL,
    ver_credential_id character varying(36) NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint,
    client_id character varying(36),
    revision character varying(36) NOT NULL
);


--
-- Name: fed_user_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_attribute (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    value character varying(2024),
    long_value_hash bytea,
    long_value_hash_lower_case bytea,
    long_value text
);


--
-- Name: fed_user_consent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255)
);


--
-- Name: fed_user_consent_cl_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_consent_cl_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    parameter character varying(255) DEFAULT '#N A#'::character varying NOT NULL
);


--
-- Name: fed_user_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    created_date bigint,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer
);


--
-- Name: fed_user_group_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_required_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_required_action (
    required_action character varying(255) DEFAULT ' '::character varying NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_role_mapping (
    role_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    client_scope_id character varying(36) NOT NULL,
    revision character varying(36) NOT NULL,
    user_attributes text,
    created_date bigint,
    updated_date bigint,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: federated_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federated_identity (
    identity_provider character varying(255) NOT NULL,
    realm_id character varying(36),
    federated_user_id character varying(255),
    federated_username character varying(255),
    token text,
    user_id character varying(36) NOT NULL
);


--
-- Name: federated_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federated_user (
    id character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL
);


--
-- Name: group_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_attribute (
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    group_id character varying(36) NOT NULL
);


--
-- Name: group_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_role_mapping (
    role_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL
);


--
-- Name: identity_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider (
    internal_id character varying(36) NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    provider_alias character varying(255),
    provider_id character varying(255),
    store_token boolean,
    authenticate_by_default boolean,
    realm_id character varying(36),
    add_token_role boolean,
    trust_email boolean,
    first_broker_login_flow_id character varying(36),
    post_broker_login_flow_id character varying(36),
    provider_display_name character varying(255),
    link_only boolean,
    organization_id character varying(255),
    hide_on_login boolean
);


--
-- Name: identity_provider_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider_config (
    identity_provider_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: identity_provider_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    idp_alias character varying(255) NOT NULL,
    idp_mapper_name character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: idp_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idp_mapper_config (
    idp_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: issued_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issued_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    ver_credential_id character varying(36) NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint,
    client_id character varying(36),
    revision character varying(36) NOT NULL
);


--
-- Name: jgroups_ping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jgroups_ping (
    address character varying(200) NOT NULL,
    name character varying(200),
    cluster_name character varying(200) NOT NULL,
    ip character varying(200) NOT NULL,
    coord boolean,
    last_update bigint,
    coordinated_by character varying(200)
);


--
-- Name: keycloak_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keycloak_group (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_group character varying(36) NOT NULL,
    realm_id character varying(36),
    type integer DEFAULT 0 NOT NULL,
    description character varying(255),
    org_id character varying(255),
    created_timestamp bigint,
    last_modified_timestamp bigint
);


--
-- Name: keycloak_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keycloak_role (
    id character varying(36) NOT NULL,
    client_realm_constraint character varying(255),
    client_role boolean DEFAULT false NOT NULL,
    description character varying(255),
    name character varying(255),
    realm_id character varying(255),
    client character varying(36),
    realm character varying(36)
);


--
-- Name: login_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failure (
    realm_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    failed_login_not_before bigint DEFAULT 0,
    num_failures integer DEFAULT 0,
    num_temporary_lockouts integer DEFAULT 0,
    last_failure bigint DEFAULT 0,
    last_ip_failure character varying(255),
    num_secondary_auth_failures integer DEFAULT 0
);


--
-- Name: migration_model; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.migration_model (
    id character varying(36) NOT NULL,
    version character varying(36),
    update_time bigint DEFAULT 0 NOT NULL
);


--
-- Name: offline_client_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offline_client_session (
    user_session_id character varying(36) NOT NULL,
    client_id character varying(255) NOT NULL,
    offline_flag character varying(4) NOT NULL,
    "timestamp" integer,
    data text,
    client_storage_provider character varying(36) DEFAULT 'local'::character varying NOT NULL,
    external_client_id character varying(255) DEFAULT 'local'::character varying NOT NULL,
    version integer DEFAULT 0,
    realm_id character varying(36)
);


--
-- Name: offline_user_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offline_user_session (
    user_session_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    created_on integer NOT NULL,
    offline_flag character varying(4) NOT NULL,
    data text,
    last_session_refresh integer DEFAULT 0 NOT NULL,
    broker_session_id character varying(1024),
    version integer DEFAULT 0,
    remember_me boolean
);


--
-- Name: org; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org (
    id character varying(255) NOT NULL,
    enabled boolean NOT NULL,
    realm_id character varying(255) NOT NULL,
    group_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(4000),
    alias character varying(255) NOT NULL,
    redirect_url character varying(2048)
);


--
-- Name: org_domain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_domain (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    verified boolean NOT NULL,
    org_id character varying(255) NOT NULL
);


--
-- Name: org_invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_invitation (
    id character varying(36) NOT NULL,
    organization_id character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    first_name character varying(255),
    last_name character varying(255),
    created_at integer NOT NULL,
    expires_at integer,
    invite_link character varying(2048)
);


--
-- Name: outbox_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_entry (
    id character varying(36) NOT NULL,
    entry_kind character varying(64) NOT NULL,
    realm_id character varying(36) NOT NULL,
    owner_id character varying(64) NOT NULL,
    container_id character varying(64),
    correlation_id character varying(255) NOT NULL,
    entry_type character varying(256) NOT NULL,
    payload text NOT NULL,
    metadata text,
    status character varying(16) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp without time zone NOT NULL,
    last_error character varying(2048),
    created_at timestamp without time zone NOT NULL,
    delivered_at timestamp without time zone
);


--
-- Name: pa_event_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pa_event_outbox (
    id character varying(36) NOT NULL,
    event_id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    sink character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    payload character varying(8000) NOT NULL,
    status character varying(10) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at bigint NOT NULL,
    lease_owner character varying(64),
    lease_until bigint,
    last_error character varying(255),
    delivered_at bigint
);


--
-- Name: pa_passkey_details; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pa_passkey_details (
    credential_id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    backup_eligible boolean,
    backup_state boolean,
    attachment character varying(20),
    transports character varying(100),
    created_os character varying(64),
    created_os_version character varying(32),
    created_browser character varying(64),
    created_browser_version character varying(32),
    created_device_class character varying(16),
    created_device_marker character varying(64),
    created_at bigint NOT NULL,
    last_used_at bigint,
    last_used_device_marker character varying(64),
    use_count integer DEFAULT 0 NOT NULL,
    clone_suspected_at bigint
);


--
-- Name: pa_passkey_operation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pa_passkey_operation (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    kind character varying(16) NOT NULL,
    started_at bigint NOT NULL,
    duration_ms bigint,
    outcome character varying(40) NOT NULL,
    decision character varying(20),
    decision_reasons character varying(255),
    decision_micros integer,
    automatic boolean DEFAULT false NOT NULL,
    environment_key character varying(130) NOT NULL,
    os_family character varying(64),
    os_version character varying(32),
    browser_family character varying(64),
    browser_version character varying(32),
    device_class character varying(16),
    device_marker character varying(64),
    credential_id character varying(36)
);


--
-- Name: pa_siem_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pa_siem_config (
    realm_id character varying(36) NOT NULL,
    config character varying(32000) NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: policy_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_config (
    policy_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: protocol_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.protocol_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    protocol character varying(255) NOT NULL,
    protocol_mapper_name character varying(255) NOT NULL,
    client_id character varying(36),
    client_scope_id character varying(36)
);


--
-- Name: protocol_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.protocol_mapper_config (
    protocol_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: realm; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm (
    id character varying(36) NOT NULL,
    access_code_lifespan integer,
    user_action_lifespan integer,
    access_token_lifespan integer,
    account_theme character varying(255),
    admin_theme character varying(255),
    email_theme character varying(255),
    enabled boolean DEFAULT false NOT NULL,
    events_enabled boolean DEFAULT false NOT NULL,
    events_expiration bigint,
    login_theme character varying(255),
    name character varying(255),
    not_before integer,
    password_policy character varying(2550),
    registration_allowed boolean DEFAULT false NOT NULL,
    remember_me boolean DEFAULT false NOT NULL,
    reset_password_allowed boolean DEFAULT false NOT NULL,
    social boolean DEFAULT false NOT NULL,
    ssl_required character varying(255),
    sso_idle_timeout integer,
    sso_max_lifespan integer,
    update_profile_on_soc_login boolean DEFAULT false NOT NULL,
    verify_email boolean DEFAULT false NOT NULL,
    master_admin_client character varying(36),
    login_lifespan integer,
    internationalization_enabled boolean DEFAULT false NOT NULL,
    default_locale character varying(255),
    reg_email_as_username boolean DEFAULT false NOT NULL,
    admin_events_enabled boolean DEFAULT false NOT NULL,
    admin_events_details_enabled boolean DEFAULT false NOT NULL,
    edit_username_allowed boolean DEFAULT false NOT NULL,
    otp_policy_counter integer DEFAULT 0,
    otp_policy_window integer DEFAULT 1,
    otp_policy_period integer DEFAULT 30,
    otp_policy_digits integer DEFAULT 6,
    otp_policy_alg character varying(36) DEFAULT 'HmacSHA1'::character varying,
    otp_policy_type character varying(36) DEFAULT 'totp'::character varying,
    browser_flow character varying(36),
    registration_flow character varying(36),
    direct_grant_flow character varying(36),
    reset_credentials_flow character varying(36),
    client_auth_flow character varying(36),
    offline_session_idle_timeout integer DEFAULT 0,
    revoke_refresh_token boolean DEFAULT false NOT NULL,
    access_token_life_implicit integer DEFAULT 0,
    login_with_email_allowed boolean DEFAULT true NOT NULL,
    duplicate_emails_allowed boolean DEFAULT false NOT NULL,
    docker_auth_flow character varying(36),
    refresh_token_max_reuse integer DEFAULT 0,
    allow_user_managed_access boolean DEFAULT false NOT NULL,
    sso_max_lifespan_remember_me integer DEFAULT 0 NOT NULL,
    sso_idle_timeout_remember_me integer DEFAULT 0 NOT NULL,
    default_role character varying(255),
    display_name character varying(255)
);


--
-- Name: realm_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_attribute (
    name character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    value text
);


--
-- Name: realm_default_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_default_groups (
    realm_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL
);


--
-- Name: realm_enabled_event_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_enabled_event_types (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: realm_events_listeners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_events_listeners (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: realm_localizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_localizations (
    realm_id character varying(255) NOT NULL,
    locale character varying(255) NOT NULL,
    texts text NOT NULL
);


--
-- Name: realm_required_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_required_credential (
    type character varying(255) NOT NULL,
    form_label character varying(255),
    input boolean DEFAULT false NOT NULL,
    secret boolean DEFAULT false NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: realm_smtp_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_smtp_config (
    realm_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: realm_supported_locales; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_supported_locales (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: redirect_uris; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.redirect_uris (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: required_action_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.required_action_config (
    required_action_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: required_action_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.required_action_provider (
    id character varying(36) NOT NULL,
    alias character varying(255),
    name character varying(255),
    realm_id character varying(36),
    enabled boolean DEFAULT false NOT NULL,
    default_action boolean DEFAULT false NOT NULL,
    provider_id character varying(255),
    priority integer
);


--
-- Name: resource_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_attribute (
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    resource_id character varying(36) NOT NULL
);


--
-- Name: resource_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_policy (
    resource_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL
);


--
-- Name: resource_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_scope (
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL
);


--
-- Name: resource_server; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server (
    id character varying(36) NOT NULL,
    allow_rs_remote_mgmt boolean DEFAULT false NOT NULL,
    policy_enforce_mode smallint NOT NULL,
    decision_strategy smallint DEFAULT 1 NOT NULL
);


--
-- Name: resource_server_perm_ticket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_perm_ticket (
    id character varying(36) NOT NULL,
    owner character varying(255) NOT NULL,
    requester character varying(255) NOT NULL,
    created_timestamp bigint NOT NULL,
    granted_timestamp bigint,
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36),
    resource_server_id character varying(36) NOT NULL,
    policy_id character varying(36)
);


--
-- Name: resource_server_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_policy (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    type character varying(255) NOT NULL,
    decision_strategy smallint,
    logic smallint,
    resource_server_id character varying(36) NOT NULL,
    owner character varying(255)
);


--
-- Name: resource_server_resource; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_resource (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255),
    icon_uri character varying(255),
    owner character varying(255) NOT NULL,
    resource_server_id character varying(36) NOT NULL,
    owner_managed_access boolean DEFAULT false NOT NULL,
    display_name character varying(255)
);


--
-- Name: resource_server_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_scope (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    icon_uri character varying(255),
    resource_server_id character varying(36) NOT NULL,
    display_name character varying(255)
);


--
-- Name: resource_uris; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_uris (
    resource_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: revoked_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revoked_token (
    id character varying(255) NOT NULL,
    expire bigint NOT NULL
);


--
-- Name: role_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_attribute (
    id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255)
);


--
-- Name: root_auth_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.root_auth_session (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    "timestamp" bigint,
    version integer
);


--
-- Name: scope_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scope_mapping (
    client_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL
);


--
-- Name: scope_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scope_policy (
    scope_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL
);


--
-- Name: server_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_config (
    server_config_key character varying(255) NOT NULL,
    value text NOT NULL,
    version integer DEFAULT 0
);


--
-- Name: single_use_object; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.single_use_object (
    id character varying(255) NOT NULL,
    notes text,
    expire bigint NOT NULL
);


--
-- Name: user_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_attribute (
    name character varying(255) NOT NULL,
    value character varying(255),
    user_id character varying(36) NOT NULL,
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    long_value_hash bytea,
    long_value_hash_lower_case bytea,
    long_value text
);


--
-- Name: user_consent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(36) NOT NULL,
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255)
);


--
-- Name: user_consent_client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_consent_client_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    parameter character varying(255) DEFAULT '#N A#'::character varying NOT NULL
);


--
-- Name: user_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_entity (
    id character varying(36) NOT NULL,
    email character varying(255),
    email_constraint character varying(255),
    email_verified boolean DEFAULT false NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    federation_link character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    realm_id character varying(255),
    username character varying(255),
    created_timestamp bigint,
    service_account_client_link character varying(255),
    not_before integer DEFAULT 0 NOT NULL,
    last_modified_timestamp bigint
);


--
-- Name: user_federation_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_config (
    user_federation_provider_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: user_federation_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    federation_provider_id character varying(36) NOT NULL,
    federation_mapper_type character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: user_federation_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_mapper_config (
    user_federation_mapper_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: user_federation_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_provider (
    id character varying(36) NOT NULL,
    changed_sync_period integer,
    display_name character varying(255),
    full_sync_period integer,
    last_sync integer,
    priority integer,
    provider_name character varying(255),
    realm_id character varying(36)
);


--
-- Name: user_group_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    membership_type character varying(255) NOT NULL
);


--
-- Name: user_required_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_required_action (
    user_id character varying(36) NOT NULL,
    required_action character varying(255) DEFAULT ' '::character varying NOT NULL
);


--
-- Name: user_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_role_mapping (
    role_id character varying(255) NOT NULL,
    user_id character varying(36) NOT NULL
);


--
-- Name: user_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_ver_credential (
    id character varying(36) NOT NULL,
    client_scope_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    revision character varying(36) NOT NULL,
    created_date bigint,
    updated_date bigint,
    user_attributes text,
    version integer
);


--
-- Name: web_origins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.web_origins (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: workflow_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workflow_state (
    execution_id character varying(255) NOT NULL,
    resource_id character varying(255) NOT NULL,
    workflow_id character varying(255) NOT NULL,
    resource_type character varying(255),
    scheduled_step_id character varying(255),
    scheduled_step_timestamp bigint
);


--
-- Data for Name: admin_event_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.admin_event_entity (id, admin_event_time, realm_id, operation_type, auth_realm_id, auth_client_id, auth_user_id, ip_address, resource_path, representation, error, resource_type, details_json) FROM stdin;
06b65a22-cbbf-4e23-920e-844f7b0ee4e0	1796514015957	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	UPDATE	bf4e4554-5622-49a0-b8c7-978343c47dc7	a483d1a5-2d06-4957-8efc-c38bb080df2b	03afad50-02df-43b8-9f8d-aa67cc1f81d1	127.0.0.1	passkey-autopilot/siem	{"before":{"sinks":[]},"after":{"sinks":[{"name":"hook","type":"webhook","format":"json","enabled":true,"batchSize":500,"privacy":{"hashUserIds":false,"dropIpAddresses":false},"mode":"standard","url":"http://127.0.0.1:9/events","secret":"********","connectTimeoutMs":5000,"requestTimeoutMs":2000}]}}	\N	PASSKEY_AUTOPILOT_SIEM	\N
09ee02a2-dfe6-43cf-951a-ea4f2e13c0c7	1796514016034	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	UPDATE	bf4e4554-5622-49a0-b8c7-978343c47dc7	a483d1a5-2d06-4957-8efc-c38bb080df2b	03afad50-02df-43b8-9f8d-aa67cc1f81d1	127.0.0.1	passkey-autopilot/rollout	{"before":{"features":{"login":{"enabled":true,"default":"allow","rules":[]},"append":{"enabled":true,"default":"allow","rules":[]},"second-factor":{"enabled":true,"default":"allow","rules":[]},"passkey-list":{"enabled":true,"default":"allow","rules":[]}},"experiments":[]},"after":{"salt":"9593RTZZMT4ernNkpzD19w","features":{"login":{"enabled":true,"default":"allow","rules":[]},"append":{"enabled":true,"default":"allow","rules":[]},"second-factor":{"enabled":true,"default":"allow","rules":[]},"passkey-list":{"enabled":true,"default":"allow","rules":[]}},"experiments":[{"name":"append-copy","feature":"append","kind":"copy","arms":[{"name":"A","weight":50},{"name":"B","weight":50}]}]}}	\N	PASSKEY_AUTOPILOT_ROLLOUT	\N
ee925975-cafc-4714-826d-9ca5f88dfa3a	1796514017271	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	CREATE	bf4e4554-5622-49a0-b8c7-978343c47dc7	a483d1a5-2d06-4957-8efc-c38bb080df2b	03afad50-02df-43b8-9f8d-aa67cc1f81d1	127.0.0.1	users/6ed33d2b-fddf-485d-a00e-351de45308ab	{"username":"upgrade-alice","firstName":"upgrade-alice","lastName":"Tester","email":"upgrade-alice@example.test","emailVerified":true,"enabled":true}	\N	USER	\N
\.


--
-- Data for Name: associated_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.associated_policy (policy_id, associated_policy_id) FROM stdin;
\.


--
-- Data for Name: auth_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_session (root_auth_session_id, tab_id, client_uuid, auth_user_id, "timestamp", version, redirect_uri, action, protocol, client_scopes, execution_status, client_notes, auth_notes, required_actions, user_session_notes) FROM stdin;
\.


--
-- Data for Name: authentication_execution; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authentication_execution (id, alias, authenticator, realm_id, flow_id, requirement, priority, authenticator_flow, auth_flow_id, auth_config) FROM stdin;
8ce15c08-7507-4e38-9e6c-2f52f33e3b37	\N	auth-cookie	bf4e4554-5622-49a0-b8c7-978343c47dc7	cce927db-4a40-463d-858a-d1d9a1c12bfd	2	10	f	\N	\N
fbcd899f-04a1-48ab-966d-422d48fa4d69	\N	auth-spnego	bf4e4554-5622-49a0-b8c7-978343c47dc7	cce927db-4a40-463d-858a-d1d9a1c12bfd	3	20	f	\N	\N
0f8d70b4-d856-4c3c-b23f-5710b000021b	\N	identity-provider-redirector	bf4e4554-5622-49a0-b8c7-978343c47dc7	cce927db-4a40-463d-858a-d1d9a1c12bfd	2	25	f	\N	\N
b41e27ed-09b6-4b45-9608-11d3580e0b7b	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	cce927db-4a40-463d-858a-d1d9a1c12bfd	2	30	t	a427af82-f84c-42e4-b604-ccc3371426ce	\N
795b0401-af8e-40d2-b648-4bf73e447362	\N	auth-username-password-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	a427af82-f84c-42e4-b604-ccc3371426ce	0	10	f	\N	\N
c845c9ec-0296-4be9-b8da-d96d1884a1e5	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	a427af82-f84c-42e4-b604-ccc3371426ce	1	20	t	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	\N
a2a0b3cf-040a-4c44-b966-ff68b9679630	\N	conditional-user-configured	bf4e4554-5622-49a0-b8c7-978343c47dc7	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	0	10	f	\N	\N
1ad56042-8181-49b7-83ad-d042fff20e74	\N	conditional-credential	bf4e4554-5622-49a0-b8c7-978343c47dc7	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	0	20	f	\N	e72966e0-d042-49ac-b02f-b7630b2accb4
6cba59e2-771c-484f-94bb-2737b2235e2e	\N	auth-otp-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	2	30	f	\N	\N
2dc15e5e-6b7e-4530-8e05-0c35ed9ebe12	\N	webauthn-authenticator	bf4e4554-5622-49a0-b8c7-978343c47dc7	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	3	40	f	\N	\N
d4d042c9-9565-469a-b5b3-465be7b3aa0b	\N	auth-recovery-authn-code-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	2e9882a9-efa1-4e48-ba9a-5876965ba1ef	3	50	f	\N	\N
508f8bf4-1f50-4013-8548-95bf7570ebe5	\N	direct-grant-validate-username	bf4e4554-5622-49a0-b8c7-978343c47dc7	6e00e95a-e880-41bc-a1a4-f118cd5e8575	0	10	f	\N	\N
9534c831-1ee4-4655-8cc8-8b5ac030fa60	\N	direct-grant-validate-password	bf4e4554-5622-49a0-b8c7-978343c47dc7	6e00e95a-e880-41bc-a1a4-f118cd5e8575	0	20	f	\N	\N
7effccbe-b5e0-4c19-a475-5d05952fe5a2	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	6e00e95a-e880-41bc-a1a4-f118cd5e8575	1	30	t	8d1f7712-146b-41f8-b6d1-ecec2eef0faf	\N
796ffdc5-73c1-44a7-a446-f6c476370c36	\N	conditional-user-configured	bf4e4554-5622-49a0-b8c7-978343c47dc7	8d1f7712-146b-41f8-b6d1-ecec2eef0faf	0	10	f	\N	\N
c25f7650-0cb2-4e0a-9667-48b83adef54a	\N	direct-grant-validate-otp	bf4e4554-5622-49a0-b8c7-978343c47dc7	8d1f7712-146b-41f8-b6d1-ecec2eef0faf	0	20	f	\N	\N
1bcc2906-d1cc-471f-9473-9cf16952431b	\N	registration-page-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	51c40a0b-1a42-4be8-8198-49fa58f0dba1	0	10	t	d09a5544-a7a1-4957-9a18-73c63ba9d8bf	\N
70bef408-e727-4684-89f7-7cc5caa1149f	\N	registration-user-creation	bf4e4554-5622-49a0-b8c7-978343c47dc7	d09a5544-a7a1-4957-9a18-73c63ba9d8bf	0	20	f	\N	\N
6feb78ae-ae10-44c5-bed9-ab6b1f97e99d	\N	registration-password-action	bf4e4554-5622-49a0-b8c7-978343c47dc7	d09a5544-a7a1-4957-9a18-73c63ba9d8bf	0	50	f	\N	\N
6d682826-909d-427f-b0df-93bfa6b36865	\N	registration-recaptcha-action	bf4e4554-5622-49a0-b8c7-978343c47dc7	d09a5544-a7a1-4957-9a18-73c63ba9d8bf	3	60	f	\N	\N
02703445-6ae1-47de-86bf-d5511067268f	\N	registration-terms-and-conditions	bf4e4554-5622-49a0-b8c7-978343c47dc7	d09a5544-a7a1-4957-9a18-73c63ba9d8bf	3	70	f	\N	\N
e5e30ed4-e8eb-479a-8134-bc64b884fba8	\N	reset-credentials-choose-user	bf4e4554-5622-49a0-b8c7-978343c47dc7	4638a955-c5e6-4307-9ec9-e8a68b55b094	0	10	f	\N	\N
ffdac848-6405-4d6d-af81-96b22e6624af	\N	reset-credential-email	bf4e4554-5622-49a0-b8c7-978343c47dc7	4638a955-c5e6-4307-9ec9-e8a68b55b094	0	20	f	\N	\N
fcc6f410-60a7-43b0-9356-ba55ed1bf1a4	\N	reset-password	bf4e4554-5622-49a0-b8c7-978343c47dc7	4638a955-c5e6-4307-9ec9-e8a68b55b094	0	30	f	\N	\N
5bc69eb6-79b1-4799-954b-3e3ee4669c41	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	4638a955-c5e6-4307-9ec9-e8a68b55b094	1	40	t	012b0792-daaa-4c01-92b0-eb1e3488dae6	\N
e3d2c7d9-0e5c-4944-a9bd-d6ba9be886e5	\N	conditional-user-configured	bf4e4554-5622-49a0-b8c7-978343c47dc7	012b0792-daaa-4c01-92b0-eb1e3488dae6	0	10	f	\N	\N
b0a3e384-6f11-4cbf-a8cf-1c746b168c57	\N	reset-otp	bf4e4554-5622-49a0-b8c7-978343c47dc7	012b0792-daaa-4c01-92b0-eb1e3488dae6	0	20	f	\N	\N
54fef7e8-c217-448e-935a-0810f930549b	\N	client-secret	bf4e4554-5622-49a0-b8c7-978343c47dc7	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2	10	f	\N	\N
54ce6b57-4562-43cb-b073-c16d7441dc53	\N	client-jwt	bf4e4554-5622-49a0-b8c7-978343c47dc7	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2	20	f	\N	\N
32f0874e-81bf-4c7e-9d13-ba5e052246ce	\N	client-secret-jwt	bf4e4554-5622-49a0-b8c7-978343c47dc7	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2	30	f	\N	\N
c25eaa37-bb0c-4e94-9d33-9aa3231590e9	\N	client-x509	bf4e4554-5622-49a0-b8c7-978343c47dc7	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2	40	f	\N	\N
d4646d00-619c-40df-ae21-4565b26c34eb	\N	federated-jwt	bf4e4554-5622-49a0-b8c7-978343c47dc7	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2	50	f	\N	\N
71258842-337a-40ee-8a20-df9ed48bd56f	\N	idp-review-profile	bf4e4554-5622-49a0-b8c7-978343c47dc7	d5d7e70b-0f6d-4cac-8b94-4b4054bd6721	0	10	f	\N	34561553-32bb-4e29-bcc4-e68f43748421
e3a11bdf-a5af-4af1-b1fe-bca565bd96ab	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	d5d7e70b-0f6d-4cac-8b94-4b4054bd6721	0	20	t	c3176f5d-c796-4038-b585-bb35566c0600	\N
9d524c0f-5aa8-4112-b649-6e2b9913f36f	\N	idp-create-user-if-unique	bf4e4554-5622-49a0-b8c7-978343c47dc7	c3176f5d-c796-4038-b585-bb35566c0600	2	10	f	\N	90a36973-be00-46a0-aa17-899ef3d96f0b
be16748a-0dbd-4ec3-9d15-fca702c22231	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	c3176f5d-c796-4038-b585-bb35566c0600	2	20	t	c5dfb2e6-b8ce-4142-9696-b10ab5f3258e	\N
5e6e7112-8f39-4989-9ed6-e0b30fc6e1fb	\N	idp-confirm-link	bf4e4554-5622-49a0-b8c7-978343c47dc7	c5dfb2e6-b8ce-4142-9696-b10ab5f3258e	0	10	f	\N	\N
f021bd5e-e51d-455f-bcb8-7f327bfab506	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	c5dfb2e6-b8ce-4142-9696-b10ab5f3258e	0	20	t	752810f3-f3fa-4b0e-9e68-235eae50c3e7	\N
730df19d-0c96-423b-a6f6-d4572eea2e1e	\N	idp-email-verification	bf4e4554-5622-49a0-b8c7-978343c47dc7	752810f3-f3fa-4b0e-9e68-235eae50c3e7	2	10	f	\N	\N
e46ebd1d-9d9d-428b-b61c-17c59cdafb2f	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	752810f3-f3fa-4b0e-9e68-235eae50c3e7	2	20	t	b3008ebe-f62f-46aa-84a8-74ef03966791	\N
c023ffbf-d1b3-4a81-a00a-a20ca384c320	\N	idp-username-password-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	b3008ebe-f62f-46aa-84a8-74ef03966791	0	10	f	\N	\N
24ecb0cd-c9b1-447b-8ba7-a7ef54f06701	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	b3008ebe-f62f-46aa-84a8-74ef03966791	1	20	t	b0e23159-f1b2-476f-a78b-346108fbdb7b	\N
6c96691d-5617-4faf-aafb-cb3f8ad987e1	\N	conditional-user-configured	bf4e4554-5622-49a0-b8c7-978343c47dc7	b0e23159-f1b2-476f-a78b-346108fbdb7b	0	10	f	\N	\N
e4139288-a6d3-42a0-ab15-56183dfb4b43	\N	conditional-credential	bf4e4554-5622-49a0-b8c7-978343c47dc7	b0e23159-f1b2-476f-a78b-346108fbdb7b	0	20	f	\N	a1de5b72-6e8d-4f61-a735-18320c8f6421
d217225e-8205-411c-8ff9-c6f9c716130c	\N	auth-otp-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	b0e23159-f1b2-476f-a78b-346108fbdb7b	2	30	f	\N	\N
eda6b802-3f69-4b7e-92af-bfb239cded04	\N	webauthn-authenticator	bf4e4554-5622-49a0-b8c7-978343c47dc7	b0e23159-f1b2-476f-a78b-346108fbdb7b	3	40	f	\N	\N
346fd9d1-4253-4465-adbd-767958fe5e83	\N	auth-recovery-authn-code-form	bf4e4554-5622-49a0-b8c7-978343c47dc7	b0e23159-f1b2-476f-a78b-346108fbdb7b	3	50	f	\N	\N
dc2ebfea-9c22-4dec-8da4-bfd841ec4ea8	\N	http-basic-authenticator	bf4e4554-5622-49a0-b8c7-978343c47dc7	bdeb7c0b-87dd-4780-823a-7caff3435cd4	0	10	f	\N	\N
34d1a1d9-c77b-4d1e-a334-8c0eb4f6d0fc	\N	docker-http-basic-authenticator	bf4e4554-5622-49a0-b8c7-978343c47dc7	0d206fdf-5f89-454a-9b5d-79b455582ced	0	10	f	\N	\N
ac2cdb40-ac5e-415f-8111-c89b2d1cdabf	\N	auth-cookie	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6a30736e-7251-44e6-9b32-46904d1f0c82	2	10	f	\N	\N
3eef23e1-8017-4a05-8727-7f8e80ab55d2	\N	identity-provider-redirector	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6a30736e-7251-44e6-9b32-46904d1f0c82	2	25	f	\N	\N
9fcc6c7d-183e-4309-adf0-1624906f3204	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6a30736e-7251-44e6-9b32-46904d1f0c82	2	30	t	5aa8c6a3-5f2c-461c-bbc9-81c0b53f2f31	\N
bb64c06a-17fa-4ee5-82c4-e8036defe6d9	\N	passkey-autopilot-identifier-first	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5aa8c6a3-5f2c-461c-bbc9-81c0b53f2f31	0	10	f	\N	71c10489-9366-4392-9e5e-41fa7c42a9fc
3a7c4902-4388-4eca-8d89-786792514451	\N	auth-username-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	c6615c1a-df06-4614-abda-90cbb85673ff	0	10	f	\N	\N
1d068bc7-719f-4bea-ba7c-caafc9fc97c0	\N	webauthn-authenticator-passwordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	c6615c1a-df06-4614-abda-90cbb85673ff	0	20	f	\N	\N
e88938bc-0ef1-44f1-abe1-125cbfc25a33	\N	auth-cookie	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9aae4863-22dd-4336-8cc1-92afb3dc5f93	2	10	f	\N	\N
3a69ffc9-80c6-43ca-9f57-ddd2fdb96385	\N	auth-spnego	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9aae4863-22dd-4336-8cc1-92afb3dc5f93	3	20	f	\N	\N
8f3fe7ab-a380-47dc-ba1c-659cc3d91af0	\N	identity-provider-redirector	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9aae4863-22dd-4336-8cc1-92afb3dc5f93	2	25	f	\N	\N
855075f6-10e3-47eb-9c09-6de59f81ce36	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9aae4863-22dd-4336-8cc1-92afb3dc5f93	2	30	t	aab4c77e-afb7-4916-9bba-9b8a78e74b85	\N
b1b36f54-eefe-4c0f-8be5-0d036d16b84e	\N	auth-username-password-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	aab4c77e-afb7-4916-9bba-9b8a78e74b85	0	10	f	\N	\N
ec2bd899-6376-4d93-ac41-7d84219dd7a6	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	aab4c77e-afb7-4916-9bba-9b8a78e74b85	1	20	t	23b69a35-eb57-423a-a914-c2cb1acc5d62	\N
6e705b61-9111-4270-8c9e-2224b79295f3	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	23b69a35-eb57-423a-a914-c2cb1acc5d62	0	10	f	\N	\N
40358935-be24-405f-aa0a-61e5ce10712d	\N	conditional-credential	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	23b69a35-eb57-423a-a914-c2cb1acc5d62	0	20	f	\N	9b9f3f62-468b-42dd-aa91-d0f42090d1f9
7a29ea12-6359-452d-9377-64e753ee5d3e	\N	auth-otp-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	23b69a35-eb57-423a-a914-c2cb1acc5d62	2	30	f	\N	\N
9fb104db-cb43-4f06-9d3d-82b577bd715c	\N	webauthn-authenticator	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	23b69a35-eb57-423a-a914-c2cb1acc5d62	3	40	f	\N	\N
a2a97b12-0663-44e3-8367-567559fa048b	\N	auth-recovery-authn-code-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	23b69a35-eb57-423a-a914-c2cb1acc5d62	3	50	f	\N	\N
b1f3bd32-47bc-40d3-b939-a27ca817acfc	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9aae4863-22dd-4336-8cc1-92afb3dc5f93	2	26	t	d61caab9-a1ea-4f6f-9548-1a35c5dae3b7	\N
20b07f45-a215-48da-b2d7-de13318d334c	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	d61caab9-a1ea-4f6f-9548-1a35c5dae3b7	1	10	t	b119c0b5-885d-41f5-9f55-22dd4425a2d4	\N
2a9e1698-c6e6-41e5-ab02-a029f8be76d2	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b119c0b5-885d-41f5-9f55-22dd4425a2d4	0	10	f	\N	\N
912cdd25-e677-4606-babd-d315daabb0a8	\N	organization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b119c0b5-885d-41f5-9f55-22dd4425a2d4	2	20	f	\N	\N
fd635423-89af-48fa-acc1-d1a49fff3aae	\N	direct-grant-validate-username	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f0e8dcfe-5b52-4601-bc83-97b9c9efa83b	0	10	f	\N	\N
0031b2c4-881e-4fcb-b908-786003767fcb	\N	direct-grant-validate-password	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f0e8dcfe-5b52-4601-bc83-97b9c9efa83b	0	20	f	\N	\N
ae24cc85-f44d-46a0-a030-8ddf277d50eb	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f0e8dcfe-5b52-4601-bc83-97b9c9efa83b	1	30	t	0a72fdf6-0d56-4a3b-861a-3916ec2d63f7	\N
551fa172-c95a-4337-98ea-c03f80b3a169	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	0a72fdf6-0d56-4a3b-861a-3916ec2d63f7	0	10	f	\N	\N
492fa9e6-1fc4-4f3b-a64a-7da28a05e997	\N	direct-grant-validate-otp	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	0a72fdf6-0d56-4a3b-861a-3916ec2d63f7	0	20	f	\N	\N
574d0fcc-4221-4607-8ccc-871296a1fbe7	\N	registration-page-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	10bff247-84c7-489a-b7a5-93d9733dc1ed	0	10	t	62b45583-230e-46bd-b7ed-483d78931ae6	\N
ced8f8d2-f0b3-4c8b-a5e5-1cca9f5a5819	\N	registration-user-creation	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	62b45583-230e-46bd-b7ed-483d78931ae6	0	20	f	\N	\N
89cd45f4-f3ae-4875-b3fb-ebe8704612ba	\N	registration-password-action	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	62b45583-230e-46bd-b7ed-483d78931ae6	0	50	f	\N	\N
c859957d-e06e-4164-82a3-cf075d00f769	\N	registration-recaptcha-action	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	62b45583-230e-46bd-b7ed-483d78931ae6	3	60	f	\N	\N
58a014ba-a169-4d08-a0f0-9683a3348eac	\N	registration-terms-and-conditions	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	62b45583-230e-46bd-b7ed-483d78931ae6	3	70	f	\N	\N
f7bcfad0-d1bb-4ad2-9f25-01e9522930d4	\N	reset-credentials-choose-user	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b15f657d-b565-4364-8f0e-ea87857bac9d	0	10	f	\N	\N
056b31a9-705b-4159-a080-485eb4a0b8fe	\N	reset-credential-email	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b15f657d-b565-4364-8f0e-ea87857bac9d	0	20	f	\N	\N
d566aacf-c005-4e3d-9995-da36764b7e04	\N	reset-password	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b15f657d-b565-4364-8f0e-ea87857bac9d	0	30	f	\N	\N
8921231c-9495-42d5-9ca7-469e9eed04b4	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b15f657d-b565-4364-8f0e-ea87857bac9d	1	40	t	6d112933-9600-4d50-8473-a892fd4b8fb6	\N
c9b27b6c-aff0-463f-8263-a96799064ad6	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6d112933-9600-4d50-8473-a892fd4b8fb6	0	10	f	\N	\N
f693f8d9-8986-4ba0-9789-d5f6168f6a49	\N	reset-otp	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6d112933-9600-4d50-8473-a892fd4b8fb6	0	20	f	\N	\N
457e5e0c-957b-45ec-9749-a768ce66f82a	\N	client-secret	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2	10	f	\N	\N
995aff09-b06f-4326-9f45-e7b3113eb4c1	\N	client-jwt	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2	20	f	\N	\N
c54ad40f-9ac9-49ae-8af4-c1f298077111	\N	client-secret-jwt	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2	30	f	\N	\N
fc044b0b-cf7a-4582-8e1a-24915a557d59	\N	client-x509	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2	40	f	\N	\N
f1e9844c-fc47-4384-a388-841fa93316a5	\N	federated-jwt	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2	50	f	\N	\N
e2f4adf5-4526-4fd6-91c1-80f1b5a9a6b6	\N	idp-review-profile	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	963d24d5-9db1-45f9-b601-3bbf6218da5e	0	10	f	\N	7a5786f5-6950-4686-b14c-6de199a5a48f
af585bf4-e222-4ee3-b7e8-c8e3bed4a76f	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	963d24d5-9db1-45f9-b601-3bbf6218da5e	0	20	t	5a01f5d7-3c8e-43c4-98b3-3f8fd6ead386	\N
49a31581-5219-4057-9e45-0fb22237b4ad	\N	idp-create-user-if-unique	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5a01f5d7-3c8e-43c4-98b3-3f8fd6ead386	2	10	f	\N	0c21c8fa-f364-464a-b64c-af2ca18d3a2e
15ae7eaf-a11c-4510-833e-403749cf39dd	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5a01f5d7-3c8e-43c4-98b3-3f8fd6ead386	2	20	t	75022350-7fe7-4056-84d6-5e567e27561f	\N
e44d04fb-da60-4e8e-be2e-f4e3a3c58b20	\N	idp-confirm-link	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	75022350-7fe7-4056-84d6-5e567e27561f	0	10	f	\N	\N
97b13dc9-effe-4288-8a9f-da6fd29dd02f	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	75022350-7fe7-4056-84d6-5e567e27561f	0	20	t	7e15e7e3-02a0-451f-be77-ddb7fdb67e47	\N
3a65eab0-1897-4494-b45d-342afb006f6c	\N	idp-email-verification	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	7e15e7e3-02a0-451f-be77-ddb7fdb67e47	2	10	f	\N	\N
d91fd2d9-5a47-4a18-895f-7782159c2270	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	7e15e7e3-02a0-451f-be77-ddb7fdb67e47	2	20	t	700ce7b2-e0b9-4078-a940-9a0c9135306c	\N
869b9d47-b6d3-413f-940e-2ee024cb5e8a	\N	idp-username-password-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	700ce7b2-e0b9-4078-a940-9a0c9135306c	0	10	f	\N	\N
3b87f72a-0ab7-4e4c-9945-21d1cd39d42e	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	700ce7b2-e0b9-4078-a940-9a0c9135306c	1	20	t	39923e05-702f-4e74-8d13-4d9f40f03fc3	\N
40a7c923-34f3-429e-8719-04c24dd3fa7c	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	39923e05-702f-4e74-8d13-4d9f40f03fc3	0	10	f	\N	\N
bf63bd36-16cd-4409-b453-6bada7cdac83	\N	conditional-credential	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	39923e05-702f-4e74-8d13-4d9f40f03fc3	0	20	f	\N	806c04b7-f556-4c05-a4bc-d3e28c9756fe
5532621f-79df-44f6-b597-8cbad89b777b	\N	auth-otp-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	39923e05-702f-4e74-8d13-4d9f40f03fc3	2	30	f	\N	\N
08ff09c5-bf7f-4f7e-aae6-370e084cbbc2	\N	webauthn-authenticator	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	39923e05-702f-4e74-8d13-4d9f40f03fc3	3	40	f	\N	\N
d95b892e-f949-4678-9599-e63f9669f9f2	\N	auth-recovery-authn-code-form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	39923e05-702f-4e74-8d13-4d9f40f03fc3	3	50	f	\N	\N
c172ebb6-28f0-4623-b2c6-0ac8df89ce35	\N	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	963d24d5-9db1-45f9-b601-3bbf6218da5e	1	60	t	47a02995-2786-4cff-ba4f-b32288765769	\N
fed9de2e-185a-4ba3-bd68-8ff7e6f30e73	\N	conditional-user-configured	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	47a02995-2786-4cff-ba4f-b32288765769	0	10	f	\N	\N
8ba6233f-b824-4636-91f5-9e4c667f56a1	\N	idp-add-organization-member	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	47a02995-2786-4cff-ba4f-b32288765769	0	20	f	\N	\N
ca7fe8ed-4621-4c18-8c0c-d99f3c922a03	\N	http-basic-authenticator	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5e8fa582-653e-422e-9c0e-383b77274e9f	0	10	f	\N	\N
76532e0c-fb3e-43eb-b57e-1d9faeb759d1	\N	docker-http-basic-authenticator	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	ecdb8970-55f2-4f81-b612-a6cd9643ad28	0	10	f	\N	\N
\.


--
-- Data for Name: authentication_flow; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authentication_flow (id, alias, description, realm_id, provider_id, top_level, built_in) FROM stdin;
cce927db-4a40-463d-858a-d1d9a1c12bfd	browser	Browser based authentication	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
a427af82-f84c-42e4-b604-ccc3371426ce	forms	Username, password, otp and other auth forms.	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
2e9882a9-efa1-4e48-ba9a-5876965ba1ef	Browser - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
6e00e95a-e880-41bc-a1a4-f118cd5e8575	direct grant	OpenID Connect Resource Owner Grant	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
8d1f7712-146b-41f8-b6d1-ecec2eef0faf	Direct Grant - Conditional OTP	Flow to determine if the OTP is required for the authentication	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
51c40a0b-1a42-4be8-8198-49fa58f0dba1	registration	Registration flow	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
d09a5544-a7a1-4957-9a18-73c63ba9d8bf	registration form	Registration form	bf4e4554-5622-49a0-b8c7-978343c47dc7	form-flow	f	t
4638a955-c5e6-4307-9ec9-e8a68b55b094	reset credentials	Reset credentials for a user if they forgot their password or something	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
012b0792-daaa-4c01-92b0-eb1e3488dae6	Reset - Conditional OTP	Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
08c8a2bb-fa53-4454-856a-47f6be3eb52c	clients	Base authentication for clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	client-flow	t	t
d5d7e70b-0f6d-4cac-8b94-4b4054bd6721	first broker login	Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
c3176f5d-c796-4038-b585-bb35566c0600	User creation or linking	Flow for the existing/non-existing user alternatives	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
c5dfb2e6-b8ce-4142-9696-b10ab5f3258e	Handle Existing Account	Handle what to do if there is existing account with same email/username like authenticated identity provider	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
752810f3-f3fa-4b0e-9e68-235eae50c3e7	Account verification options	Method with which to verify the existing account	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
b3008ebe-f62f-46aa-84a8-74ef03966791	Verify Existing Account by Re-authentication	Reauthentication of existing account	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
b0e23159-f1b2-476f-a78b-346108fbdb7b	First broker login - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	f	t
bdeb7c0b-87dd-4780-823a-7caff3435cd4	saml ecp	SAML ECP Profile Authentication Flow	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
0d206fdf-5f89-454a-9b5d-79b455582ced	docker auth	Used by Docker clients to authenticate against the IDP	bf4e4554-5622-49a0-b8c7-978343c47dc7	basic-flow	t	t
6a30736e-7251-44e6-9b32-46904d1f0c82	passkey-autopilot-browser	Browser login: SSO cookie, else username first, then an automatic passkey prompt or the password.	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	f
5aa8c6a3-5f2c-461c-bbc9-81c0b53f2f31	passkey-autopilot-forms	Username or email, then passkey (automatic) or password.	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	f
c6615c1a-df06-4614-abda-90cbb85673ff	keycloak-builtin-passkey	Keycloak's own username form and passkey login, nothing of ours	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	f
9aae4863-22dd-4336-8cc1-92afb3dc5f93	browser	Browser based authentication	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
aab4c77e-afb7-4916-9bba-9b8a78e74b85	forms	Username, password, otp and other auth forms.	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
23b69a35-eb57-423a-a914-c2cb1acc5d62	Browser - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
d61caab9-a1ea-4f6f-9548-1a35c5dae3b7	Organization	\N	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
b119c0b5-885d-41f5-9f55-22dd4425a2d4	Browser - Conditional Organization	Flow to determine if the organization identity-first login is to be used	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
f0e8dcfe-5b52-4601-bc83-97b9c9efa83b	direct grant	OpenID Connect Resource Owner Grant	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
0a72fdf6-0d56-4a3b-861a-3916ec2d63f7	Direct Grant - Conditional OTP	Flow to determine if the OTP is required for the authentication	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
10bff247-84c7-489a-b7a5-93d9733dc1ed	registration	Registration flow	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
62b45583-230e-46bd-b7ed-483d78931ae6	registration form	Registration form	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	form-flow	f	t
b15f657d-b565-4364-8f0e-ea87857bac9d	reset credentials	Reset credentials for a user if they forgot their password or something	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
6d112933-9600-4d50-8473-a892fd4b8fb6	Reset - Conditional OTP	Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
8552f3f8-43e8-45f4-ac25-915e4ee0c45d	clients	Base authentication for clients	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	client-flow	t	t
963d24d5-9db1-45f9-b601-3bbf6218da5e	first broker login	Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
5a01f5d7-3c8e-43c4-98b3-3f8fd6ead386	User creation or linking	Flow for the existing/non-existing user alternatives	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
75022350-7fe7-4056-84d6-5e567e27561f	Handle Existing Account	Handle what to do if there is existing account with same email/username like authenticated identity provider	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
7e15e7e3-02a0-451f-be77-ddb7fdb67e47	Account verification options	Method with which to verify the existing account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
700ce7b2-e0b9-4078-a940-9a0c9135306c	Verify Existing Account by Re-authentication	Reauthentication of existing account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
39923e05-702f-4e74-8d13-4d9f40f03fc3	First broker login - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
47a02995-2786-4cff-ba4f-b32288765769	First Broker Login - Conditional Organization	Flow to determine if the authenticator that adds organization members is to be used	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	f	t
5e8fa582-653e-422e-9c0e-383b77274e9f	saml ecp	SAML ECP Profile Authentication Flow	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
ecdb8970-55f2-4f81-b612-a6cd9643ad28	docker auth	Used by Docker clients to authenticate against the IDP	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	basic-flow	t	t
\.


--
-- Data for Name: authenticator_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authenticator_config (id, alias, realm_id) FROM stdin;
e72966e0-d042-49ac-b02f-b7630b2accb4	browser-conditional-credential	bf4e4554-5622-49a0-b8c7-978343c47dc7
34561553-32bb-4e29-bcc4-e68f43748421	review profile config	bf4e4554-5622-49a0-b8c7-978343c47dc7
90a36973-be00-46a0-aa17-899ef3d96f0b	create unique user config	bf4e4554-5622-49a0-b8c7-978343c47dc7
a1de5b72-6e8d-4f61-a735-18320c8f6421	first-broker-login-conditional-credential	bf4e4554-5622-49a0-b8c7-978343c47dc7
71c10489-9366-4392-9e5e-41fa7c42a9fc	passkey-autopilot-identifier-first	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
9b9f3f62-468b-42dd-aa91-d0f42090d1f9	browser-conditional-credential	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
7a5786f5-6950-4686-b14c-6de199a5a48f	review profile config	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
0c21c8fa-f364-464a-b64c-af2ca18d3a2e	create unique user config	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
806c04b7-f556-4c05-a4bc-d3e28c9756fe	first-broker-login-conditional-credential	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
\.


--
-- Data for Name: authenticator_config_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authenticator_config_entry (authenticator_id, value, name) FROM stdin;
34561553-32bb-4e29-bcc4-e68f43748421	missing	update.profile.on.first.login
90a36973-be00-46a0-aa17-899ef3d96f0b	false	require.password.update.after.registration
a1de5b72-6e8d-4f61-a735-18320c8f6421	webauthn-passwordless	credentials
e72966e0-d042-49ac-b02f-b7630b2accb4	webauthn-passwordless	credentials
0c21c8fa-f364-464a-b64c-af2ca18d3a2e	false	require.password.update.after.registration
71c10489-9366-4392-9e5e-41fa7c42a9fc	true	conditional-ui
7a5786f5-6950-4686-b14c-6de199a5a48f	missing	update.profile.on.first.login
806c04b7-f556-4c05-a4bc-d3e28c9756fe	webauthn-passwordless	credentials
9b9f3f62-468b-42dd-aa91-d0f42090d1f9	webauthn-passwordless	credentials
\.


--
-- Data for Name: broker_link; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.broker_link (identity_provider, storage_provider_id, realm_id, broker_user_id, broker_username, token, user_id) FROM stdin;
\.


--
-- Data for Name: client; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client (id, enabled, full_scope_allowed, client_id, not_before, public_client, secret, base_url, bearer_only, management_url, surrogate_auth_required, realm_id, protocol, node_rereg_timeout, frontchannel_logout, consent_required, name, service_accounts_enabled, client_authenticator_type, root_url, description, registration_token, standard_flow_enabled, implicit_flow_enabled, direct_access_grants_enabled, always_display_in_console, created_timestamp, last_modified_timestamp) FROM stdin;
04003787-5de6-4e4b-8041-9c48d352d27a	t	f	master-realm	0	f	\N	\N	t	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	0	f	f	master Realm	f	client-secret	\N	\N	\N	t	f	f	f	1796513989486	1796513989492
196421f8-93ed-4e9c-a58e-244bfd17992c	t	f	account	0	t	\N	/realms/master/account/	f	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	openid-connect	0	f	f	${client_account}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796513989690	1796513989719
32ce77da-9ff2-486a-af94-664fcf4042bd	t	f	account-console	0	t	\N	/realms/master/account/	f	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	openid-connect	0	f	f	${client_account-console}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796513989747	1796513989755
d9d7935b-046e-4943-bcba-870290875820	t	f	broker	0	f	\N	\N	t	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	openid-connect	0	f	f	${client_broker}	f	client-secret	\N	\N	\N	t	f	f	f	1796513989785	1796513989796
53750c90-0658-4f7c-be38-e787fef54463	t	t	security-admin-console	0	t	\N	/admin/master/console/	f	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	openid-connect	0	f	f	${client_security-admin-console}	f	client-secret	${authAdminUrl}	\N	\N	t	f	f	f	1796513989810	1796513989868
a483d1a5-2d06-4957-8efc-c38bb080df2b	t	t	admin-cli	0	t	\N	\N	f	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	openid-connect	0	f	f	${client_admin-cli}	f	client-secret	\N	\N	\N	f	f	t	f	1796513989879	1796513989891
19bdb631-7c01-400c-88fc-469d04e0e34d	t	f	pa-upgrade-realm	0	f	\N	\N	t	\N	f	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	0	f	f	pa-upgrade Realm	f	client-secret	\N	\N	\N	t	f	f	f	1796514007779	1796514007783
83568f5c-e694-4a5f-952b-0288e10fafa9	t	f	realm-management	0	f	\N	\N	t	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_realm-management}	f	client-secret	\N	\N	\N	t	f	f	f	1796514007924	1796514007936
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	f	account	0	t	\N	/realms/pa-upgrade/account/	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_account}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796514008092	1796514008103
abb5ee42-22ce-4439-a6d4-d827887cdc03	t	f	account-console	0	t	\N	/realms/pa-upgrade/account/	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_account-console}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796514008138	1796514008145
3f624712-0d93-4bf3-9766-25c66857a3e6	t	f	broker	0	f	\N	\N	t	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_broker}	f	client-secret	\N	\N	\N	t	f	f	f	1796514008178	1796514008185
8d16d558-5faf-436a-926d-736747ca6339	t	t	security-admin-console	0	t	\N	/admin/pa-upgrade/console/	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_security-admin-console}	f	client-secret	${authAdminUrl}	\N	\N	t	f	f	f	1796514008186	1796514008190
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	t	t	admin-cli	0	t	\N	\N	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	${client_admin-cli}	f	client-secret	\N	\N	\N	f	f	t	f	1796514008194	1796514008213
7c7bc578-73bc-4d9c-b456-60601f7f91db	t	t	builtin-passkey-login	0	t	\N	\N	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	-1	f	f	\N	f	client-secret	\N	\N	\N	t	f	f	f	1796514008573	1796514008785
41cbd3d9-658e-4f73-ab92-d59071b78a47	t	t	passkey-autopilot-support	0	t	\N	/realms/pa-upgrade/passkey-autopilot/console/	f	\N	f	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	openid-connect	0	f	f	Passkey Autopilot support console	f	\N	${authBaseUrl}	Sign-in of the support console; its client roles grant support access.	\N	t	f	f	f	1796514015466	1796514015546
\.


--
-- Data for Name: client_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_attributes (client_id, name, value) FROM stdin;
196421f8-93ed-4e9c-a58e-244bfd17992c	post.logout.redirect.uris	+
32ce77da-9ff2-486a-af94-664fcf4042bd	post.logout.redirect.uris	+
32ce77da-9ff2-486a-af94-664fcf4042bd	pkce.code.challenge.method	S256
53750c90-0658-4f7c-be38-e787fef54463	post.logout.redirect.uris	+
53750c90-0658-4f7c-be38-e787fef54463	pkce.code.challenge.method	S256
53750c90-0658-4f7c-be38-e787fef54463	client.use.lightweight.access.token.enabled	true
a483d1a5-2d06-4957-8efc-c38bb080df2b	client.use.lightweight.access.token.enabled	true
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	post.logout.redirect.uris	+
abb5ee42-22ce-4439-a6d4-d827887cdc03	post.logout.redirect.uris	+
abb5ee42-22ce-4439-a6d4-d827887cdc03	pkce.code.challenge.method	S256
8d16d558-5faf-436a-926d-736747ca6339	post.logout.redirect.uris	+
8d16d558-5faf-436a-926d-736747ca6339	pkce.code.challenge.method	S256
8d16d558-5faf-436a-926d-736747ca6339	client.use.lightweight.access.token.enabled	true
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	client.use.lightweight.access.token.enabled	true
7c7bc578-73bc-4d9c-b456-60601f7f91db	post.logout.redirect.uris	+
41cbd3d9-658e-4f73-ab92-d59071b78a47	pkce.code.challenge.method	S256
41cbd3d9-658e-4f73-ab92-d59071b78a47	post.logout.redirect.uris	+
\.


--
-- Data for Name: client_auth_flow_bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_auth_flow_bindings (client_id, flow_id, binding_name) FROM stdin;
7c7bc578-73bc-4d9c-b456-60601f7f91db	c6615c1a-df06-4614-abda-90cbb85673ff	browser
\.


--
-- Data for Name: client_initial_access; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_initial_access (id, realm_id, "timestamp", expiration, count, remaining_count) FROM stdin;
\.


--
-- Data for Name: client_node_registrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_node_registrations (client_id, value, name) FROM stdin;
\.


--
-- Data for Name: client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope (id, name, realm_id, description, protocol) FROM stdin;
b67d210f-8485-4c7c-a4b0-3f29bede3ed5	offline_access	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect built-in scope: offline_access	openid-connect
ea1e12bd-cea7-4be7-b190-874632293e32	role_list	bf4e4554-5622-49a0-b8c7-978343c47dc7	SAML role list	saml
244fe9c0-af40-4803-8338-81c3f661a381	saml_organization	bf4e4554-5622-49a0-b8c7-978343c47dc7	Organization Membership	saml
4443057d-01b3-41c1-953a-c3bd8432489c	AuthnContextClassRef	bf4e4554-5622-49a0-b8c7-978343c47dc7	AuthnContextClassRef Level of Authentiation	saml
6a8a712c-3cc9-44ae-b635-66de9b191b20	profile	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect built-in scope: profile	openid-connect
66931e2b-4eb0-4d9f-a181-44674318476e	email	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect built-in scope: email	openid-connect
2bf34e2b-528a-4400-b856-8cc3b484e34d	address	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect built-in scope: address	openid-connect
646c0439-6d2d-4ded-a8f2-17c386c999a9	phone	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect built-in scope: phone	openid-connect
51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	roles	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect scope for add user roles to the access token	openid-connect
3eb61530-ec15-4f7e-948f-05df64d1ceb3	web-origins	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect scope for add allowed web origins to the access token	openid-connect
29740dad-a68e-40dc-8a46-78f35d93fab8	microprofile-jwt	bf4e4554-5622-49a0-b8c7-978343c47dc7	Microprofile - JWT built-in scope	openid-connect
27cdfe0b-d490-4cbb-89f0-c818edb65817	acr	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect scope for add acr (authentication context class reference) to the token	openid-connect
dfe76445-ac73-4189-8b2f-3d18e7d699c5	basic	bf4e4554-5622-49a0-b8c7-978343c47dc7	OpenID Connect scope for add all basic claims to the token	openid-connect
44e9e063-795c-4093-a5cc-8748169f73e8	service_account	bf4e4554-5622-49a0-b8c7-978343c47dc7	Specific scope for a client enabled for service accounts	openid-connect
203f2131-dcfd-4681-9428-6de8c003ea0d	organization	bf4e4554-5622-49a0-b8c7-978343c47dc7	Additional claims about the organization a subject belongs to	openid-connect
b0f29e93-a3de-43cb-bc26-37161b62c255	offline_access	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect built-in scope: offline_access	openid-connect
123928fe-f435-4afc-bfa5-e28426048649	role_list	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	SAML role list	saml
c380e594-c245-46ae-8810-dc30bf89ced2	saml_organization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	Organization Membership	saml
f899835f-13ba-4e53-938e-950a26160eed	AuthnContextClassRef	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	AuthnContextClassRef Level of Authentiation	saml
98a5737b-4c14-4997-a058-d608e4640332	profile	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect built-in scope: profile	openid-connect
bbcdc0f3-c181-4403-9abb-5c908b6f08f7	email	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect built-in scope: email	openid-connect
7385fffe-1dde-4267-ae99-4853317fa375	address	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect built-in scope: address	openid-connect
b4ae8271-1eb1-41bd-be02-60144abd827c	phone	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect built-in scope: phone	openid-connect
c56a8136-f3bc-4584-af03-d7be481553b4	roles	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect scope for add user roles to the access token	openid-connect
12932a48-1b7f-40cb-91cc-39e32ae25ae2	web-origins	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect scope for add allowed web origins to the access token	openid-connect
b09ce238-2e9a-494e-9bb0-57597fb8eb10	microprofile-jwt	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	Microprofile - JWT built-in scope	openid-connect
bbb0f4e0-414f-479b-8ef8-53f36e107b43	acr	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect scope for add acr (authentication context class reference) to the token	openid-connect
2fd6e6cb-70bf-4f51-97a2-631237891c77	basic	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	OpenID Connect scope for add all basic claims to the token	openid-connect
ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc	service_account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	Specific scope for a client enabled for service accounts	openid-connect
85e6c14f-0a65-4ff3-a502-d58b3d92cef6	organization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	Additional claims about the organization a subject belongs to	openid-connect
\.


--
-- Data for Name: client_scope_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_attributes (scope_id, value, name) FROM stdin;
b67d210f-8485-4c7c-a4b0-3f29bede3ed5	true	display.on.consent.screen
b67d210f-8485-4c7c-a4b0-3f29bede3ed5	${offlineAccessScopeConsentText}	consent.screen.text
ea1e12bd-cea7-4be7-b190-874632293e32	true	display.on.consent.screen
ea1e12bd-cea7-4be7-b190-874632293e32	${samlRoleListScopeConsentText}	consent.screen.text
244fe9c0-af40-4803-8338-81c3f661a381	false	display.on.consent.screen
6a8a712c-3cc9-44ae-b635-66de9b191b20	true	display.on.consent.screen
6a8a712c-3cc9-44ae-b635-66de9b191b20	${profileScopeConsentText}	consent.screen.text
6a8a712c-3cc9-44ae-b635-66de9b191b20	true	include.in.token.scope
66931e2b-4eb0-4d9f-a181-44674318476e	true	display.on.consent.screen
66931e2b-4eb0-4d9f-a181-44674318476e	${emailScopeConsentText}	consent.screen.text
66931e2b-4eb0-4d9f-a181-44674318476e	true	include.in.token.scope
2bf34e2b-528a-4400-b856-8cc3b484e34d	true	display.on.consent.screen
2bf34e2b-528a-4400-b856-8cc3b484e34d	${addressScopeConsentText}	consent.screen.text
2bf34e2b-528a-4400-b856-8cc3b484e34d	true	include.in.token.scope
646c0439-6d2d-4ded-a8f2-17c386c999a9	true	display.on.consent.screen
646c0439-6d2d-4ded-a8f2-17c386c999a9	${phoneScopeConsentText}	consent.screen.text
646c0439-6d2d-4ded-a8f2-17c386c999a9	true	include.in.token.scope
51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	true	display.on.consent.screen
51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	${rolesScopeConsentText}	consent.screen.text
51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	false	include.in.token.scope
3eb61530-ec15-4f7e-948f-05df64d1ceb3	false	display.on.consent.screen
3eb61530-ec15-4f7e-948f-05df64d1ceb3		consent.screen.text
3eb61530-ec15-4f7e-948f-05df64d1ceb3	false	include.in.token.scope
29740dad-a68e-40dc-8a46-78f35d93fab8	false	display.on.consent.screen
29740dad-a68e-40dc-8a46-78f35d93fab8	true	include.in.token.scope
27cdfe0b-d490-4cbb-89f0-c818edb65817	false	display.on.consent.screen
27cdfe0b-d490-4cbb-89f0-c818edb65817	false	include.in.token.scope
dfe76445-ac73-4189-8b2f-3d18e7d699c5	false	display.on.consent.screen
dfe76445-ac73-4189-8b2f-3d18e7d699c5	false	include.in.token.scope
44e9e063-795c-4093-a5cc-8748169f73e8	false	display.on.consent.screen
44e9e063-795c-4093-a5cc-8748169f73e8	false	include.in.token.scope
203f2131-dcfd-4681-9428-6de8c003ea0d	true	display.on.consent.screen
203f2131-dcfd-4681-9428-6de8c003ea0d	${organizationScopeConsentText}	consent.screen.text
203f2131-dcfd-4681-9428-6de8c003ea0d	true	include.in.token.scope
b0f29e93-a3de-43cb-bc26-37161b62c255	true	display.on.consent.screen
b0f29e93-a3de-43cb-bc26-37161b62c255	${offlineAccessScopeConsentText}	consent.screen.text
123928fe-f435-4afc-bfa5-e28426048649	true	display.on.consent.screen
123928fe-f435-4afc-bfa5-e28426048649	${samlRoleListScopeConsentText}	consent.screen.text
c380e594-c245-46ae-8810-dc30bf89ced2	false	display.on.consent.screen
98a5737b-4c14-4997-a058-d608e4640332	true	display.on.consent.screen
98a5737b-4c14-4997-a058-d608e4640332	${profileScopeConsentText}	consent.screen.text
98a5737b-4c14-4997-a058-d608e4640332	true	include.in.token.scope
bbcdc0f3-c181-4403-9abb-5c908b6f08f7	true	display.on.consent.screen
bbcdc0f3-c181-4403-9abb-5c908b6f08f7	${emailScopeConsentText}	consent.screen.text
bbcdc0f3-c181-4403-9abb-5c908b6f08f7	true	include.in.token.scope
7385fffe-1dde-4267-ae99-4853317fa375	true	display.on.consent.screen
7385fffe-1dde-4267-ae99-4853317fa375	${addressScopeConsentText}	consent.screen.text
7385fffe-1dde-4267-ae99-4853317fa375	true	include.in.token.scope
b4ae8271-1eb1-41bd-be02-60144abd827c	true	display.on.consent.screen
b4ae8271-1eb1-41bd-be02-60144abd827c	${phoneScopeConsentText}	consent.screen.text
b4ae8271-1eb1-41bd-be02-60144abd827c	true	include.in.token.scope
c56a8136-f3bc-4584-af03-d7be481553b4	true	display.on.consent.screen
c56a8136-f3bc-4584-af03-d7be481553b4	${rolesScopeConsentText}	consent.screen.text
c56a8136-f3bc-4584-af03-d7be481553b4	false	include.in.token.scope
12932a48-1b7f-40cb-91cc-39e32ae25ae2	false	display.on.consent.screen
12932a48-1b7f-40cb-91cc-39e32ae25ae2		consent.screen.text
12932a48-1b7f-40cb-91cc-39e32ae25ae2	false	include.in.token.scope
b09ce238-2e9a-494e-9bb0-57597fb8eb10	false	display.on.consent.screen
b09ce238-2e9a-494e-9bb0-57597fb8eb10	true	include.in.token.scope
bbb0f4e0-414f-479b-8ef8-53f36e107b43	false	display.on.consent.screen
bbb0f4e0-414f-479b-8ef8-53f36e107b43	false	include.in.token.scope
2fd6e6cb-70bf-4f51-97a2-631237891c77	false	display.on.consent.screen
2fd6e6cb-70bf-4f51-97a2-631237891c77	false	include.in.token.scope
ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc	false	display.on.consent.screen
ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc	false	include.in.token.scope
85e6c14f-0a65-4ff3-a502-d58b3d92cef6	true	display.on.consent.screen
85e6c14f-0a65-4ff3-a502-d58b3d92cef6	${organizationScopeConsentText}	consent.screen.text
85e6c14f-0a65-4ff3-a502-d58b3d92cef6	true	include.in.token.scope
\.


--
-- Data for Name: client_scope_client; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_client (client_id, scope_id, default_scope) FROM stdin;
196421f8-93ed-4e9c-a58e-244bfd17992c	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
196421f8-93ed-4e9c-a58e-244bfd17992c	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
196421f8-93ed-4e9c-a58e-244bfd17992c	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
196421f8-93ed-4e9c-a58e-244bfd17992c	66931e2b-4eb0-4d9f-a181-44674318476e	t
196421f8-93ed-4e9c-a58e-244bfd17992c	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
196421f8-93ed-4e9c-a58e-244bfd17992c	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
196421f8-93ed-4e9c-a58e-244bfd17992c	203f2131-dcfd-4681-9428-6de8c003ea0d	f
196421f8-93ed-4e9c-a58e-244bfd17992c	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
196421f8-93ed-4e9c-a58e-244bfd17992c	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
196421f8-93ed-4e9c-a58e-244bfd17992c	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
196421f8-93ed-4e9c-a58e-244bfd17992c	29740dad-a68e-40dc-8a46-78f35d93fab8	f
32ce77da-9ff2-486a-af94-664fcf4042bd	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
32ce77da-9ff2-486a-af94-664fcf4042bd	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
32ce77da-9ff2-486a-af94-664fcf4042bd	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
32ce77da-9ff2-486a-af94-664fcf4042bd	66931e2b-4eb0-4d9f-a181-44674318476e	t
32ce77da-9ff2-486a-af94-664fcf4042bd	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
32ce77da-9ff2-486a-af94-664fcf4042bd	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
32ce77da-9ff2-486a-af94-664fcf4042bd	203f2131-dcfd-4681-9428-6de8c003ea0d	f
32ce77da-9ff2-486a-af94-664fcf4042bd	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
32ce77da-9ff2-486a-af94-664fcf4042bd	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
32ce77da-9ff2-486a-af94-664fcf4042bd	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
32ce77da-9ff2-486a-af94-664fcf4042bd	29740dad-a68e-40dc-8a46-78f35d93fab8	f
a483d1a5-2d06-4957-8efc-c38bb080df2b	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	66931e2b-4eb0-4d9f-a181-44674318476e	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
a483d1a5-2d06-4957-8efc-c38bb080df2b	203f2131-dcfd-4681-9428-6de8c003ea0d	f
a483d1a5-2d06-4957-8efc-c38bb080df2b	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
a483d1a5-2d06-4957-8efc-c38bb080df2b	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
a483d1a5-2d06-4957-8efc-c38bb080df2b	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
a483d1a5-2d06-4957-8efc-c38bb080df2b	29740dad-a68e-40dc-8a46-78f35d93fab8	f
d9d7935b-046e-4943-bcba-870290875820	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
d9d7935b-046e-4943-bcba-870290875820	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
d9d7935b-046e-4943-bcba-870290875820	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
d9d7935b-046e-4943-bcba-870290875820	66931e2b-4eb0-4d9f-a181-44674318476e	t
d9d7935b-046e-4943-bcba-870290875820	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
d9d7935b-046e-4943-bcba-870290875820	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
d9d7935b-046e-4943-bcba-870290875820	203f2131-dcfd-4681-9428-6de8c003ea0d	f
d9d7935b-046e-4943-bcba-870290875820	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
d9d7935b-046e-4943-bcba-870290875820	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
d9d7935b-046e-4943-bcba-870290875820	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
d9d7935b-046e-4943-bcba-870290875820	29740dad-a68e-40dc-8a46-78f35d93fab8	f
04003787-5de6-4e4b-8041-9c48d352d27a	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
04003787-5de6-4e4b-8041-9c48d352d27a	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
04003787-5de6-4e4b-8041-9c48d352d27a	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
04003787-5de6-4e4b-8041-9c48d352d27a	66931e2b-4eb0-4d9f-a181-44674318476e	t
04003787-5de6-4e4b-8041-9c48d352d27a	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
04003787-5de6-4e4b-8041-9c48d352d27a	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
04003787-5de6-4e4b-8041-9c48d352d27a	203f2131-dcfd-4681-9428-6de8c003ea0d	f
04003787-5de6-4e4b-8041-9c48d352d27a	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
04003787-5de6-4e4b-8041-9c48d352d27a	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
04003787-5de6-4e4b-8041-9c48d352d27a	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
04003787-5de6-4e4b-8041-9c48d352d27a	29740dad-a68e-40dc-8a46-78f35d93fab8	f
53750c90-0658-4f7c-be38-e787fef54463	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
53750c90-0658-4f7c-be38-e787fef54463	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
53750c90-0658-4f7c-be38-e787fef54463	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
53750c90-0658-4f7c-be38-e787fef54463	66931e2b-4eb0-4d9f-a181-44674318476e	t
53750c90-0658-4f7c-be38-e787fef54463	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
53750c90-0658-4f7c-be38-e787fef54463	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
53750c90-0658-4f7c-be38-e787fef54463	203f2131-dcfd-4681-9428-6de8c003ea0d	f
53750c90-0658-4f7c-be38-e787fef54463	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
53750c90-0658-4f7c-be38-e787fef54463	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
53750c90-0658-4f7c-be38-e787fef54463	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
53750c90-0658-4f7c-be38-e787fef54463	29740dad-a68e-40dc-8a46-78f35d93fab8	f
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	c56a8136-f3bc-4584-af03-d7be481553b4	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	98a5737b-4c14-4997-a058-d608e4640332	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	b0f29e93-a3de-43cb-bc26-37161b62c255	f
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	b4ae8271-1eb1-41bd-be02-60144abd827c	f
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	7385fffe-1dde-4267-ae99-4853317fa375	f
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
abb5ee42-22ce-4439-a6d4-d827887cdc03	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	c56a8136-f3bc-4584-af03-d7be481553b4	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	98a5737b-4c14-4997-a058-d608e4640332	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
abb5ee42-22ce-4439-a6d4-d827887cdc03	b0f29e93-a3de-43cb-bc26-37161b62c255	f
abb5ee42-22ce-4439-a6d4-d827887cdc03	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
abb5ee42-22ce-4439-a6d4-d827887cdc03	b4ae8271-1eb1-41bd-be02-60144abd827c	f
abb5ee42-22ce-4439-a6d4-d827887cdc03	7385fffe-1dde-4267-ae99-4853317fa375	f
abb5ee42-22ce-4439-a6d4-d827887cdc03	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	c56a8136-f3bc-4584-af03-d7be481553b4	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	98a5737b-4c14-4997-a058-d608e4640332	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	b0f29e93-a3de-43cb-bc26-37161b62c255	f
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	b4ae8271-1eb1-41bd-be02-60144abd827c	f
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	7385fffe-1dde-4267-ae99-4853317fa375	f
6e1b96b9-fe66-47b5-bad0-eeebce2ff00f	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
3f624712-0d93-4bf3-9766-25c66857a3e6	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
3f624712-0d93-4bf3-9766-25c66857a3e6	c56a8136-f3bc-4584-af03-d7be481553b4	t
3f624712-0d93-4bf3-9766-25c66857a3e6	98a5737b-4c14-4997-a058-d608e4640332	t
3f624712-0d93-4bf3-9766-25c66857a3e6	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
3f624712-0d93-4bf3-9766-25c66857a3e6	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
3f624712-0d93-4bf3-9766-25c66857a3e6	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
3f624712-0d93-4bf3-9766-25c66857a3e6	b0f29e93-a3de-43cb-bc26-37161b62c255	f
3f624712-0d93-4bf3-9766-25c66857a3e6	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
3f624712-0d93-4bf3-9766-25c66857a3e6	b4ae8271-1eb1-41bd-be02-60144abd827c	f
3f624712-0d93-4bf3-9766-25c66857a3e6	7385fffe-1dde-4267-ae99-4853317fa375	f
3f624712-0d93-4bf3-9766-25c66857a3e6	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
83568f5c-e694-4a5f-952b-0288e10fafa9	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
83568f5c-e694-4a5f-952b-0288e10fafa9	c56a8136-f3bc-4584-af03-d7be481553b4	t
83568f5c-e694-4a5f-952b-0288e10fafa9	98a5737b-4c14-4997-a058-d608e4640332	t
83568f5c-e694-4a5f-952b-0288e10fafa9	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
83568f5c-e694-4a5f-952b-0288e10fafa9	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
83568f5c-e694-4a5f-952b-0288e10fafa9	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
83568f5c-e694-4a5f-952b-0288e10fafa9	b0f29e93-a3de-43cb-bc26-37161b62c255	f
83568f5c-e694-4a5f-952b-0288e10fafa9	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
83568f5c-e694-4a5f-952b-0288e10fafa9	b4ae8271-1eb1-41bd-be02-60144abd827c	f
83568f5c-e694-4a5f-952b-0288e10fafa9	7385fffe-1dde-4267-ae99-4853317fa375	f
83568f5c-e694-4a5f-952b-0288e10fafa9	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
8d16d558-5faf-436a-926d-736747ca6339	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
8d16d558-5faf-436a-926d-736747ca6339	c56a8136-f3bc-4584-af03-d7be481553b4	t
8d16d558-5faf-436a-926d-736747ca6339	98a5737b-4c14-4997-a058-d608e4640332	t
8d16d558-5faf-436a-926d-736747ca6339	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
8d16d558-5faf-436a-926d-736747ca6339	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
8d16d558-5faf-436a-926d-736747ca6339	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
8d16d558-5faf-436a-926d-736747ca6339	b0f29e93-a3de-43cb-bc26-37161b62c255	f
8d16d558-5faf-436a-926d-736747ca6339	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
8d16d558-5faf-436a-926d-736747ca6339	b4ae8271-1eb1-41bd-be02-60144abd827c	f
8d16d558-5faf-436a-926d-736747ca6339	7385fffe-1dde-4267-ae99-4853317fa375	f
8d16d558-5faf-436a-926d-736747ca6339	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
7c7bc578-73bc-4d9c-b456-60601f7f91db	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	c56a8136-f3bc-4584-af03-d7be481553b4	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	98a5737b-4c14-4997-a058-d608e4640332	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
7c7bc578-73bc-4d9c-b456-60601f7f91db	b0f29e93-a3de-43cb-bc26-37161b62c255	f
7c7bc578-73bc-4d9c-b456-60601f7f91db	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
7c7bc578-73bc-4d9c-b456-60601f7f91db	b4ae8271-1eb1-41bd-be02-60144abd827c	f
7c7bc578-73bc-4d9c-b456-60601f7f91db	7385fffe-1dde-4267-ae99-4853317fa375	f
7c7bc578-73bc-4d9c-b456-60601f7f91db	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
41cbd3d9-658e-4f73-ab92-d59071b78a47	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	c56a8136-f3bc-4584-af03-d7be481553b4	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	98a5737b-4c14-4997-a058-d608e4640332	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
41cbd3d9-658e-4f73-ab92-d59071b78a47	b0f29e93-a3de-43cb-bc26-37161b62c255	f
41cbd3d9-658e-4f73-ab92-d59071b78a47	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
41cbd3d9-658e-4f73-ab92-d59071b78a47	b4ae8271-1eb1-41bd-be02-60144abd827c	f
41cbd3d9-658e-4f73-ab92-d59071b78a47	7385fffe-1dde-4267-ae99-4853317fa375	f
41cbd3d9-658e-4f73-ab92-d59071b78a47	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
\.


--
-- Data for Name: client_scope_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_role_mapping (scope_id, role_id) FROM stdin;
b67d210f-8485-4c7c-a4b0-3f29bede3ed5	43d08281-7edb-4edd-99d4-6dafda73b976
b0f29e93-a3de-43cb-bc26-37161b62c255	a41d6516-1679-4072-a90d-8c75fff8d95e
\.


--
-- Data for Name: cluster_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cluster_event (id, target_cluster, sender_cluster, event_data, created_at) FROM stdin;
\.


--
-- Data for Name: component; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.component (id, name, parent_id, provider_id, provider_type, realm_id, sub_type) FROM stdin;
3b6f166b-2613-48e2-bded-4355bcec7939	Trusted Hosts	bf4e4554-5622-49a0-b8c7-978343c47dc7	trusted-hosts	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
5d2482ae-cb66-479e-a795-8b661c2cc677	Consent Required	bf4e4554-5622-49a0-b8c7-978343c47dc7	consent-required	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
3acd975b-e1ee-4759-9331-5a0e435d5b10	Full Scope Disabled	bf4e4554-5622-49a0-b8c7-978343c47dc7	scope	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
64924a66-20f9-4a7d-818a-f9607dd4615f	Max Clients Limit	bf4e4554-5622-49a0-b8c7-978343c47dc7	max-clients	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	Allowed Protocol Mapper Types	bf4e4554-5622-49a0-b8c7-978343c47dc7	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
b8eb0c4f-0574-48a2-9cc2-38770f547995	Allowed Client Scopes	bf4e4554-5622-49a0-b8c7-978343c47dc7	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
1dfe87fe-09a8-471e-9c91-0caebbff0a41	Allowed Registration Web Origins	bf4e4554-5622-49a0-b8c7-978343c47dc7	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	anonymous
f2a45045-1196-4bfa-a6d7-2f82a621baee	Allowed Protocol Mapper Types	bf4e4554-5622-49a0-b8c7-978343c47dc7	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	authenticated
a2a8b3ab-6b8e-4895-a8db-88da25de1eaf	Allowed Client Scopes	bf4e4554-5622-49a0-b8c7-978343c47dc7	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	authenticated
5cbab6eb-16a1-41be-ad24-be7d719948b6	Allowed Registration Web Origins	bf4e4554-5622-49a0-b8c7-978343c47dc7	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	authenticated
b8c4c0c7-a977-4ee8-8e23-184602ec1783	rsa-generated	bf4e4554-5622-49a0-b8c7-978343c47dc7	rsa-generated	org.keycloak.keys.KeyProvider	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N
1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	rsa-enc-generated	bf4e4554-5622-49a0-b8c7-978343c47dc7	rsa-enc-generated	org.keycloak.keys.KeyProvider	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N
4f30fa4c-de16-4331-b267-a2b279a14644	hmac-generated-hs512	bf4e4554-5622-49a0-b8c7-978343c47dc7	hmac-generated	org.keycloak.keys.KeyProvider	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N
7a360aec-8708-4c4c-9fe4-4ec38c4a87e2	aes-generated	bf4e4554-5622-49a0-b8c7-978343c47dc7	aes-generated	org.keycloak.keys.KeyProvider	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N
7010292c-0701-423e-b9ae-84d16d307308	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	declarative-user-profile	org.keycloak.userprofile.UserProfileProvider	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N
1c5aafae-1660-4b76-a74d-da1025e84e43	rsa-generated	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	rsa-generated	org.keycloak.keys.KeyProvider	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N
365e9d70-4fe0-4b44-9909-07c953acbe07	rsa-enc-generated	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	rsa-enc-generated	org.keycloak.keys.KeyProvider	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N
1ae3a771-8fb3-4e23-81fd-e96e31727090	hmac-generated-hs512	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hmac-generated	org.keycloak.keys.KeyProvider	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N
308fdd6d-51a9-41ed-8f00-0b7af5ac9e8e	aes-generated	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	aes-generated	org.keycloak.keys.KeyProvider	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N
9579c394-f258-4a06-9aa7-948c66174371	Trusted Hosts	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	trusted-hosts	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
a9090f31-3db1-42ce-a8b3-558f6c505473	Consent Required	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	consent-required	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
7d779216-6cf5-455d-95f6-3abc3c70e3bf	Full Scope Disabled	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	scope	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
bbcb41b0-f76b-4e9d-b1eb-1837b8408f30	Max Clients Limit	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	max-clients	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
c21b39d5-2dcf-468c-b216-796a248fe419	Allowed Protocol Mapper Types	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
1b118f97-b335-4abb-a4f9-0b41b3a6f79a	Allowed Client Scopes	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
14670b00-4e08-47b5-9249-53051e6e7941	Allowed Registration Web Origins	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	anonymous
6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	Allowed Protocol Mapper Types	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	authenticated
0b46b0cf-440f-4136-9000-8580b4c3c00e	Allowed Client Scopes	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	authenticated
8a1ef800-4a5e-46e2-9fa1-6b2f3cc54439	Allowed Registration Web Origins	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	authenticated
\.


--
-- Data for Name: component_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.component_config (id, component_id, name, value) FROM stdin;
835bedfb-c235-4f37-a631-1bf000c8e523	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
030732f9-da8e-429c-a0e5-9e2b1e27e66c	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	saml-user-attribute-mapper
1bb66f1a-4b48-404d-91b4-4942e9fd8603	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	oidc-address-mapper
0d0115bb-6fba-47a6-b243-e4ab40ef4ec7	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
eef966f0-40a0-4d5f-a0aa-efbe40be6eb6	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	saml-user-property-mapper
fce2b3ab-9e42-46c8-94b8-e7bdd94ecb8b	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	oidc-full-name-mapper
a191e1cf-98fc-4d98-98ef-3239da2e3127	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
db7a875f-b539-4201-a27b-25d9bbefa91b	33debbe4-4e83-4495-8ba9-9c6a54e8e2fb	allowed-protocol-mapper-types	saml-role-list-mapper
55cc79c0-d321-488e-9107-49b0242f9766	b8eb0c4f-0574-48a2-9cc2-38770f547995	allow-default-scopes	true
56c15ada-f5fc-43c9-b09e-c32ea84c60bd	a2a8b3ab-6b8e-4895-a8db-88da25de1eaf	allow-default-scopes	true
23032dc8-939d-4be5-934c-778db102ece8	64924a66-20f9-4a7d-818a-f9607dd4615f	max-clients	200
608ace09-6021-4037-bf8d-46d787b10451	3b6f166b-2613-48e2-bded-4355bcec7939	client-uris-must-match	true
6b5bd800-d5ec-406a-89d3-1d7385c10694	3b6f166b-2613-48e2-bded-4355bcec7939	host-sending-registration-request-must-match	true
3f47dc3b-d65b-481c-9048-2a2e9514f8b0	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
628a4b43-8bec-42f4-b00c-8a6ec1361e1d	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	oidc-full-name-mapper
59fa8b77-5374-400a-92ee-10c1fefc1795	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
bdcdad7b-4315-4832-a13b-1b956253a7fc	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
348ace6a-4b7e-444b-82c1-c9924202e7ed	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	saml-role-list-mapper
e7e927b1-9a1a-4044-859e-2606ad9cfe11	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	oidc-address-mapper
8262cb2f-214a-4a86-b2a5-a7b33c85cc03	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	saml-user-property-mapper
6656b5d1-eb24-4f54-a151-358f3f2aec3e	f2a45045-1196-4bfa-a6d7-2f82a621baee	allowed-protocol-mapper-types	saml-user-attribute-mapper
4b74581e-6bd7-46e4-bad2-2bae9fb33ead	7010292c-0701-423e-b9ae-84d16d307308	kc.user.profile.config	{"attributes":[{"name":"username","displayName":"${username}","validations":{"length":{"min":3,"max":255},"username-prohibited-characters":{},"up-username-not-idn-homograph":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"email","displayName":"${email}","validations":{"email":{},"length":{"max":255}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"firstName","displayName":"${firstName}","validations":{"length":{"max":255},"person-name-prohibited-characters":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"lastName","displayName":"${lastName}","validations":{"length":{"max":255},"person-name-prohibited-characters":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false}],"groups":[{"name":"user-metadata","displayHeader":"User metadata","displayDescription":"Attributes, which refer to user metadata"}]}
bfc5545f-3cd9-48e2-b57b-75beea250163	7a360aec-8708-4c4c-9fe4-4ec38c4a87e2	secret	uCEg3oPVRzoZ0-LzTsBjVg9CKtF5Y5W1utnTX7Nxex0
93cb60dc-6f7a-45ee-8af7-fc7db38ff38c	7a360aec-8708-4c4c-9fe4-4ec38c4a87e2	priority	100
d77439de-a378-42cb-86e2-71994aee3f57	7a360aec-8708-4c4c-9fe4-4ec38c4a87e2	kid	fb7b68c7-fb51-4afb-a49f-bcbbb9d9baa5
7bd761a6-bf34-4970-b40a-ea5f5fa8025d	1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	priority	100
4001e9a7-df85-46be-b2f7-bd02abb82c65	1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	algorithm	RSA-OAEP
9a4e7b9b-2a9d-4655-abc5-931cf670c409	1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	certificate	MIICmzCCAYMCBgGiSJQyQzANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA1MjMzODIxWhcNMzYxMjA1MjM0MDAxWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDeASQQQHWlmHNPAF9/p063svl7gVNvdn4eBuUdJ4CyDBeMYt9iQJogU4jtgbAfgvIxvrNNxtt9SS7fSUUmfAueIbFtWJZ+8rLTVyCXt0SSbd5Im22y2qZ3DewabCuugYiYFuMpFLK0Mn65rD70/loq1LGHveh6BaAt906qPckYho2p/676PlYSqPN3hIRkPPu9FAh+TNX67GjFxp8J26x4XsutKfEcb3Mz9xGgMIciVh3gzCuKor2YNZuo0FYzAyF8PlenNZfK4pAITXXkOnPXLcn00zoveMFg2eqpqWQKfhg2e3rY0JUAq41nt6JDIUOzanFq1q6T0hJgfAEZyBWzAgMBAAEwDQYJKoZIhvcNAQELBQADggEBAAZyoReHIpRBwCBd/d46Oypj1Gc/o9jBolkYYCBP/6ueWM3wZniQZAAzXT8qjzRyh0feUnCum6JXeR7cpaX7EeZzfXsyRNC2LbnbR1be+JAJt+UkuijhI3P7dZ5ExqR/5jqkVLp8cx5rt3O+0rHpJTikQYd/Ljv1Rm1UujMatgqFm5tw9Tp2BaU5lzcwuK5OAp2RmSJ0gQLOPh0nqdUSmLBMHAuOeWX0RENix5Hd5Fe/CVG6DBQkWtvJ489ZIer0elM3IXu1efAFhGC8X8MC2VWmCn8uXsHt83jCJ9N4xUxd1f+N0OS9Sy+8sc5STHMu10WS8dZvfS9Bf8b0QmmEYBI=
de8685c0-f306-4884-95be-5863d6cb72fb	1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	privateKey	MIIEogIBAAKCAQEA3gEkEEB1pZhzTwBff6dOt7L5e4FTb3Z+HgblHSeAsgwXjGLfYkCaIFOI7YGwH4LyMb6zTcbbfUku30lFJnwLniGxbViWfvKy01cgl7dEkm3eSJttstqmdw3sGmwrroGImBbjKRSytDJ+uaw+9P5aKtSxh73oegWgLfdOqj3JGIaNqf+u+j5WEqjzd4SEZDz7vRQIfkzV+uxoxcafCduseF7LrSnxHG9zM/cRoDCHIlYd4MwriqK9mDWbqNBWMwMhfD5XpzWXyuKQCE115Dpz1y3J9NM6L3jBYNnqqalkCn4YNnt62NCVAKuNZ7eiQyFDs2pxatauk9ISYHwBGcgVswIDAQABAoIBABqT/GNNtEf89mEQ5F3+A7iOXrvggcKoZvTlUmypHAk01WTjOWcj4M/Z8Fyu2A0Nuj0mXYUEN6bKKihlNzgiRanK0tkKcAoGuE4A8k/3iugU6zW6FeoBr0g1jHylUp1zuIyswMlcRwC3wuArtOXTxau3BwH/RGPHZKPcJbjP6NFcoVTZgby7W2XtUjcuOFv76oq6it3I+MB/EWuxcjCBCLomQyGLhJp7qUlbh46qfPXdNxNZDQmrYiGhAtM0QTaVMUpqugE2tWxeydo4bVbypvicn3CpTAksN3SqjexfdlAgZ0mfzA5w8fMaoAbgPKPQRxwE0fcLtcjtW6gL4JhvpQECgYEA+vi+ALHG0IuwyRCf1vs26LWICPJMDCsnomALWc79P4ttZJGmYVor9kDDzaNO7i/5Yvp1B2ISCRtd5kJxn0gbOUX+g9txOJLBD/a9RKEscYvkOaEawwGioF3BV4ND7oS1XidlR4TNCrK2NGLFN/B6EV6S6LnsSozkOpv8smmbKnMCgYEA4nPSueQRMhaCcFcWSX8SQpSHtFxvxYWkvKY92hS4JSufNBVb0NG4f/vaSqM3v2+2sAyC2a16dYw0rxAhnwGqxCNTEGvAgETZUdWVbWId7yH+UltlkUQlVFcD3o5N4RQE6X/QYwXN4w0j51v9dZxMIlV/LXehml1bMXLxOUYgV8ECgYAwNoTZwU0+VveZSLZMKGp9/hGqFlIBrHCqwuSrVhZUlMZpIYni/d2gKwTyhkLtgw3Xs+Gzj2WDllxNlcoaHVINiKLCVe/EPH0WQgJOIuBU19j6MTbg63mAcUJpO3Bba+cjtVHBkYOKYJacLbVRb8MjfxWd28nG8JYPpFPBOoRyfQKBgG+owsBMV7pF5R11o5Sr5poT2PIzHh3cLwWiRx9QVhhl8QNigLpvnrTkv5dL8cIgWIloMeEZrCdn8dZccuePj99Ut7GCIBJfYHT8hsi/t5jhPyDm1icR3gI/QbYsnvQbxexIzLz28LVDFnAPKOQkJFpNo/8MXQ/bdorkbVNbY7lBAoGAdun5W/fwn8orWEECS1mK6/DHDENLLFH2iHS1tnm8nXFiYLqQ8LIyjLsafpLDrFmyqmzcB9/XkTXUo1gd24lql9Ztl1DzDR1JGln+QlufWxJdBENRMiFpnvkLuog0dE6T2pYQIHgHel/uVF6+vYATC5N5d6s9oUc1gDaF7shEes8=
6094ec2f-f29a-4f91-9b10-42efe470a8a2	1d16f0e6-b97b-4ab1-9225-4ff7ae515ab9	keyUse	ENC
fa879f1a-0506-4fe9-bf12-c380683c5ba5	4f30fa4c-de16-4331-b267-a2b279a14644	kid	db47b042-8f50-43fb-bdb7-234a995f7285
d42368f8-857b-45a6-8773-f0fb7778c607	4f30fa4c-de16-4331-b267-a2b279a14644	algorithm	HS512
51e9ce97-6a30-40d8-965b-8d3599a8347c	4f30fa4c-de16-4331-b267-a2b279a14644	secret	om3gU9KJowY-Q0RV8eohOseBWEhSAg0y7rd9yIAqSY9iRLGwVGXnUG-OAZJaWLjeHsU22wvH3GhhRFmDIfXSVW7_jSzumVOHe1AHmEwrgfq1W9EJbyHe9_kt2IquA95Bid3ID75brEgNlC9BAQV_Q82t4PpcXLF2KvyHjKVi2tg
2525e9f1-91a0-4cbf-8a12-4020f6da9eae	4f30fa4c-de16-4331-b267-a2b279a14644	priority	100
34d22f84-1277-42dc-b8eb-900dbf0bfb91	b8c4c0c7-a977-4ee8-8e23-184602ec1783	certificate	MIICmzCCAYMCBgGiSJQSvDANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA1MjMzODEzWhcNMzYxMjA1MjMzOTUzWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCi8FYxNuuAW6hApZqY5uWn31hUBZj0YbW/JmuuPQHtV/4ZJPu9TDH0ZB6akXPJoZlfNDTZu+tO42LA1ZbJJeUytA8l3dYPqs+Oda2YQ4MTzAIupbp49foOUOProYycl61fcbPmv8LaDRYqnsZjM9FvrRgUuGY0PGcYGp0Ye1zhcoK1K0pb8ZI0NspvtLgeo+3bjj01E5JOxeLhejsko0BDtperlQKbABtvAZ0CQrb9PZX1I53fPe/emugv43J3z/qVlShTNsnVSf3C8DQtJtUo9uAMG0O4siY7ENhKNOP78PUaHXW2AdNDpS8SsJEnWvF4QHLUOODQCprqzSXibroDAgMBAAEwDQYJKoZIhvcNAQELBQADggEBADQrI4JlwkSSccKww705gC2x4n6BhWiF2uiZJRENclwLOxfsxJJ86W05ogMrQ/RzaN+o/26KWf6T3agM2HH3bFXPqrH1a7UQfr5Q/bg5Wm5ne3wR3noZkM8cGpxDIV6+JaTAXVTkIYtKrx0hDw/bzIN0LXPZbAS3RK6sdmq4BIeaEu/Iy8v2yTm0Mh6q/Bi1JE7FLcnOpV431cdAsex92XhEvSC+zdYHApmUqjQS80Jx+mbs0vGKMvAL63m7mYWjKw/pGQVO+AVAR3Dxqc2st2oJVuaysJeJaNXX44PijlVad900BAwVn7z+PYJg80v8e2zvf5/hu2x/2LGPYOdXQH8=
08f3e7b1-9d9c-4c27-9eeb-2bbb434393d1	b8c4c0c7-a977-4ee8-8e23-184602ec1783	priority	100
a2fbea46-e556-411a-a54c-7d8bc9d4d875	b8c4c0c7-a977-4ee8-8e23-184602ec1783	privateKey	MIIEowIBAAKCAQEAovBWMTbrgFuoQKWamOblp99YVAWY9GG1vyZrrj0B7Vf+GST7vUwx9GQempFzyaGZXzQ02bvrTuNiwNWWySXlMrQPJd3WD6rPjnWtmEODE8wCLqW6ePX6DlDj66GMnJetX3Gz5r/C2g0WKp7GYzPRb60YFLhmNDxnGBqdGHtc4XKCtStKW/GSNDbKb7S4HqPt2449NROSTsXi4Xo7JKNAQ7aXq5UCmwAbbwGdAkK2/T2V9SOd3z3v3proL+Nyd8/6lZUoUzbJ1Un9wvA0LSbVKPbgDBtDuLImOxDYSjTj+/D1Gh11tgHTQ6UvErCRJ1rxeEBy1Djg0Aqa6s0l4m66AwIDAQABAoIBAAehU5f4Z2zaXfWxC51Par/CwMMmg/QlwzoRVYeSSc3QihCpX7SMpeY47gn098Qgcis4KaVsnGdUVKKNHgOLZ8FJF1CBo+2V5SRZtGhl+PRrYErI7gOOGUikVxgIt6n5nF/U1kTfBAPsCvax+r5Yhd1B8Ne/juGxVm6ViHfGByJzhBHUBzwxSAtL3+G08miJY20l6hrgKSD2+FPi5fNgh3W/h7OpcDVmdxMenQB5rNReLhro+0+k24HHZ/ss7XDgq4seDVwCsoe+i0Mt7W7SsCl2nNTCKQ+cjU71drfVUvZKCw20gG2q8S5sh/Y5LhdN04OXHOloKAb2RSTeE9aBuXECgYEA5g4+4WasIgan7jqUqJhEwn43WrHDVoZOeciJuDWhG1OA4XShz+3i7F2VIyMxqZri2BFwz45eOx7GCxQbPCXjSCu7VBpNC2y8rkyyPAL4p/j1GUBNXphfCBy/XIGJJG+puuco+u20XW2BmsZUERSperUusMiXcEKFpkYEHHfEyHkCgYEAtVBqBwK9yTd9vswJchSxwMyWF5UPALcGRpNfojDzD0+NwqCf9fa2i0arHEXG9FsuE0x1z66I29FbGR5gJHxKQNH8fWHdb8t5ynA4abaOsE2N+OW/OqU8mjJwtSYCLtsFd8e4fkWPiZNDqWw2xURU+Nq09XgQbbTzI0LWfbtHb1sCgYA5PFgWmgW/XWqQUZDEtUV+IgrBjLJtp3KEyAjDhMw1UTwiW3MamTO43LuLB2mGqdtAKG6ppOD60ngxL2prN33pab/sd7KtYfs7XieF2LNmjwDjrGTTYRNboFNXv36QSxuuPW6rp1IVYHY7PJaTvVFBDyyznORYcKRxrr+9GWsi+QKBgA76c6fcnB0RTnwCkw0vlHee7w9HqxOeCxCtgAsADDRJmCZp6o0BMpdS4TPWt9bb6XSCroDXpEq0gtgSYFLjSacNMdSRzx87KfaFSsPA5wy9e2sCX8fSeq0qWZE9cJS6VztL7nvP90mgNsi6PdQSDwr31lco8gJ+Hk/dZ6a/X+ldAoGBAIjja5hf+Yd/7/SYOARA3UVeuETv3Adltx2VqIs+OVGcXFj+7dJDeWIofx2SYCy7XTaUoTITVb+xddqvOBme83pxhDTuR03dFCkfnbkkk5CRYLhe9M6AdcZ+sXsTiWZAL92rBGqZXGeIvR++p09Rs72IBRiCbzaFO5Y2daBLqRfL
5ce0ebf2-a224-4565-ad5e-112346705134	b8c4c0c7-a977-4ee8-8e23-184602ec1783	keyUse	SIG
933b6d95-1cbc-48d9-8e5f-46bc063d88bf	308fdd6d-51a9-41ed-8f00-0b7af5ac9e8e	kid	4bbb4614-bd58-495e-a965-0185af1f31f7
b19ef6e8-8d99-4221-ad13-cf40b6f5ba74	308fdd6d-51a9-41ed-8f00-0b7af5ac9e8e	priority	100
1d5cc8f0-191f-43d8-8261-568766cfed8b	308fdd6d-51a9-41ed-8f00-0b7af5ac9e8e	secret	IFlu0n9GQ1vz5JSRsQxEXnX3kXpQh-G3qDJ7TYNlCdY
cffc1c06-74fc-478e-a46b-d32257280501	1ae3a771-8fb3-4e23-81fd-e96e31727090	priority	100
5de23a0a-d857-41b2-a801-d17c7cff3276	1ae3a771-8fb3-4e23-81fd-e96e31727090	algorithm	HS512
b60b5a18-5dff-46ad-9e74-15ecec48875e	1ae3a771-8fb3-4e23-81fd-e96e31727090	kid	685e72ec-2cd6-440e-9930-6af1fff047b3
0e6ea965-58fd-4d0d-a98e-2b338d7ae093	1ae3a771-8fb3-4e23-81fd-e96e31727090	secret	EpglFM5IdTZMFNTVi_uCKrg8WzTfig5L-na0vcuTPsuNUNS3_B8DA4s4CYQnpk_4DCIMGIFIoOd5zWCAmPFJXiduMITJRiYXU1Rd516vP6NZZ-mZo4bbRPv2zthXhVPl1ncBdwe1uXJSVoaDEu8wLiS2QH3Dqp0T0bIHiDBXkC8
c98dccc9-c9ea-4f33-b5c0-1ed0139abd1d	1c5aafae-1660-4b76-a74d-da1025e84e43	certificate	MIICozCCAYsCBgGiSJRXBjANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDDApwYS11cGdyYWRlMB4XDTI2MTIwNTIzMzgzMFoXDTM2MTIwNTIzNDAxMFowFTETMBEGA1UEAwwKcGEtdXBncmFkZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALOEbL+jeZhz7hNP0p71xmejBft8YlbSMAG218+Yg9vDE6xVSjwzyy8GJ5hCjUgJOoRaln7dXyd8WRqJqQ52xEd4F6bJyYo0JtpYi8c+uMMEIj77dBHRjr9o1l2ZiAMXN4x4cby1zicXEIIo4pZsyw65SdBeDf77eInKhRcsZZi87DnZnII22x82XzRCroyNB1gLIks0BnGkFjQei61mYQzrm18RNciEFO6xgcBX3u2sDqvO1Ghyh4LLIHwWnqDdOPgbqvhkdb1j5bb9g5wfHycLn1JoYB22Vo+z0evYnf5B/scp7pTpbCSpAIrVw0OHPMEcuzmv/Kgc2ZGegCwP8M0CAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAr4FTUVox0XLZm5DFb80yuelyVZU8nU4VgCusNPRCqxY3Y/ezX5Ar5JpqLMm3+eljLNOy2gPz4V2RJC9BCBWvCY3JGMYfWG8iAhsWdIqgLeHJ63EsYR6jpBnEzKacB+5AImf+ZbFma5Ldbfp8yeRYuPOI0GUi9L6z+BgY0IrMx3ePPWPaaiV+WJwiF/HhnjLds1Qov08vKJwajOosRPVDNbCSuyHyvObnbCY+KSyqUNVWuMVILQ2Do4UNvQGOrzTCReMfe1KAoBck8DkvQZDrsMUIbdMBZH1LtabhyX1aBhYudOOkVYYPT1Hs+Wxlf8/KAh7GWFddr+ReT8idwze26A==
db6f5566-8072-4772-92ab-384ee4e618eb	1c5aafae-1660-4b76-a74d-da1025e84e43	priority	100
a0923c61-e078-4728-8bee-8ec5a7daa383	1c5aafae-1660-4b76-a74d-da1025e84e43	keyUse	SIG
4cc46f99-0674-4da0-9019-180ad15882b8	1c5aafae-1660-4b76-a74d-da1025e84e43	privateKey	MIIEowIBAAKCAQEAs4Rsv6N5mHPuE0/SnvXGZ6MF+3xiVtIwAbbXz5iD28MTrFVKPDPLLwYnmEKNSAk6hFqWft1fJ3xZGompDnbER3gXpsnJijQm2liLxz64wwQiPvt0EdGOv2jWXZmIAxc3jHhxvLXOJxcQgijilmzLDrlJ0F4N/vt4icqFFyxlmLzsOdmcgjbbHzZfNEKujI0HWAsiSzQGcaQWNB6LrWZhDOubXxE1yIQU7rGBwFfe7awOq87UaHKHgssgfBaeoN04+Buq+GR1vWPltv2DnB8fJwufUmhgHbZWj7PR69id/kH+xynulOlsJKkAitXDQ4c8wRy7Oa/8qBzZkZ6ALA/wzQIDAQABAoIBAFMYeT477Y0kHI/T4yqxmaVfUOWYLe0CXjZs7HiroF2ZbwHWeQZk8yhRMQLJy5wMqYmaZQ9UaTdd1+Dw19BaKYDrlgceYKwYd+OaGRmhbuTWhQOiYZfd6LWxUYkCCHNly9C57+vqPALcKkgVpMz8jwHBwukwoEnnHWSq2fBgHKcWBQSHXfHNCHBaiFvF7tX3dIhgxZh6wzT7GIqomSTP2ODsyu6Mr2gWZ0eqvg4IfNSxgzORFly0+1/D/jwWNVQm42RhMzzU7MTEXphOr1cV6XeU5RR1HPPTBtMR7Cxf2uT2q7i0nfDkArOKCeqM0acI5dKFimWwxChzQaIierFcVgECgYEA6jst+tYK6kPBNJb6+m9h5CQxGp8A/su02mA2J08OeykmL4lnHTECl9Qs0Jx8EwJ9JYv8oBtAQ9Ut+XzyVPkO3N8qnccfxrlSv5r1tvAxWdLOjYCvp0dpVPTZz+XVtUO2l5UdT62MA30sssRSyrbGfvRCsjP542Rlbj6tJfFhCYMCgYEAxDN+g3xIEueVog4JgRxOJ4ZOB7rHUcbk26TpK4vnlHcqlkVDOiv64MPz5qtdUzvOCK0m6exs7it1eRa7oml1UTNd8wPVE0E40RMBy0XO+zk/hzVqiGyUV7JoDnW1E1rNJxDUzQjVaYkiIZW2T5sccn9A8oOXgDU051zmTrhUG28CgYEAqOBgJ1C5b+vH2fXdIEC8EHPzn2Dyo8IVM7lYcgDyzON/L5jealKSrwsAAKxCXKZXuoFyc7ESJZYG3rEyOweSqraQEE+n3mxxd8nuzKXivwNZfvZALtgy3ljmzZjE+zrF5AZTqsXShBV067LWimc7N/8+MyN8UHFrHBA+YHPm5acCgYAYUXWd4HqidTfTtT+yVArP1VK4nIr19NwK6V7JOfcDLN4HcCBMBoV69G63qYfQuDnqU2PeXKKHxrUxxAKPt9iFrwM3CsOPNmdParavNkDYXJkmLhW9QRAF6qQBHs/JzVhePjTSEQU6pneniAHnzgbxnhoztOHDT1T2VEpreWdbWwKBgF7SpkI/VMuYVkfiPzz8NWm4oEOpK6YJHJz6LJNhhIqC7e+pxyXVBO1lPiB5FSu43E1C6rurL3nCusEKin3N9aV+SPMv6mgUxRx+lBp5Uh5pRQRoi2lSOJoPaoG7BthCjJJqNQSF5TxyvdWENlnwT4EGUbK0Ifyy2Ods1Sm2Vcgi
9db3e677-3523-49d1-9351-b4e28274823d	365e9d70-4fe0-4b44-9909-07c953acbe07	keyUse	ENC
fb001a64-1b6d-4a23-8559-7f09332abe46	365e9d70-4fe0-4b44-9909-07c953acbe07	privateKey	MIIEogIBAAKCAQEAtH6PdAtYYnmZvIWLFcHxVouPCi+3htyeTKtk/QCkY0gT0Co727nz9g3rk4j6gg0R7y3Hp7OolN+5fp7DNx1zEEOjOspHTu19ETnfTUfJVbBlMEAeY85lvXCewxOaKDKzbvJTEFTEi5r0Jcf2SPMG42yih01/OgBDuLPcGsvoeWn+K1G+AVeMAzT+K8xopVaNRUPi2ppDg88tUHGCPsjA9bgObfJbGNgyJ2BynD2VYk+n/B0c6Qa3l35FAivWmLHBlawa3hrtuszLjeMq1OLvcdfy+hMdhL7oynUTuXL/bh+63Mu0bHFyrbGvJqH7JBPcsnovwFLQXNrAaC0HpNYG7wIDAQABAoIBADnSx9tZ3R1jLoTOVZIJWWsr943AXq/WUuJmEErbX06tIyfPt/B7ILSFniBcREDQthulU26e6FWVXOQ7MXghN6EQwiTN881N2QDhRPAJnO8WPTyZdgLsdvybLUl6qKrTH1feSw0S0wqUgD3wUy7oqJ7ISUNGaQloV0m/WTa+d4IZkDGdGXbPdpoIAUyg9w3nFr6AWusuXHNZ59/Svm38VDWkza6vVmoGDZ8o77V/1jZsCi2xcuKpJ0DOUeR7jEDArG6X1QIKD6U6fL6ijr2gPruqAb3pA2dxGCj+dIjaW4evJm7/iCo/1EpEmXOTX6Kq3+XKSLXLe7NTSfoJ+BAJ2DECgYEA5pTctCERmffhnJ5LAn8aM/jdEv9JqBErnH11kbkQezVFe3CxhfBZEHhQZRmGpTbv43UmJnwOota7cijsmpo9n2yrJ55FxyxZxnAagxGc9WBW5nTi0fy9ofy/gm2x/CVDD3tJI3aYPfqTiSzwEHryeB8ZmivA/uaxgHKPOB+INLECgYEAyGQ2RIH0WCSksudGG57nJEgjj9rPwVEj4g7NT2G8H4O5zu4+SgfYCrQPqHkt1iPfTNGXSFAoBO1FYPMEkH6XepyXSizqCP2i7tzKfF2HPfd5my4wFwvySK+xzj7TEn0n7HvtQPhiezR836+pIpJSua5zJ4S6eeMVBh+ljU/pXZ8CgYBrGhAd1xJe6wWvgtMimLkqFNlTHqMu3rLcIGZAxq5CHG9ms+Sxav9jqA7ntuCU0xzAEUUkMRF3T7iHgTzNXwFqkMY7Q8fziMU2aBHYeZDnZNVYfEhy8yt+F3E4+wzmKsSoZ0KEp2x1tXNcDzR+4yzG4OM6ekJN5AfkutGNZxAUMQKBgGc3FqyasxxjY2Gyte2sHyoU7hw+fBv6ixz4us9Ua+1fj+kB1ZuUBrccn6QLJozR1UZf/igFAVfoTn/tLECws5034sUV9UXEPpQBrVn5YpuMSFqho6t7P8QomtC8k0NGq7Wm70EzrqX/FwKwG9HuxCVXsYB9YP8+86k/y6nJq03JAoGALCO0kRdKUmN+09nMvk7A/bjX+YFbzh+0B0trp2RIEfQpFdaLI7tER90bsLL2yhz1jHuvLhuRVkaDHeMv6ZGGSiXsQIQWUKTT8UqYbnq2XOvaQTZTcXqSB9b3LNSabygZmMUgYdFBiVVa7nEMW2iXtpyqNTVox05QMcYpp1nF2fc=
c2a14b09-265e-468f-ba6b-90d4df038b2e	365e9d70-4fe0-4b44-9909-07c953acbe07	certificate	MIICozCCAYsCBgGiSJRohzANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDDApwYS11cGdyYWRlMB4XDTI2MTIwNTIzMzgzNVoXDTM2MTIwNTIzNDAxNVowFTETMBEGA1UEAwwKcGEtdXBncmFkZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALR+j3QLWGJ5mbyFixXB8VaLjwovt4bcnkyrZP0ApGNIE9AqO9u58/YN65OI+oINEe8tx6ezqJTfuX6ewzcdcxBDozrKR07tfRE5301HyVWwZTBAHmPOZb1wnsMTmigys27yUxBUxIua9CXH9kjzBuNsoodNfzoAQ7iz3BrL6Hlp/itRvgFXjAM0/ivMaKVWjUVD4tqaQ4PPLVBxgj7IwPW4Dm3yWxjYMidgcpw9lWJPp/wdHOkGt5d+RQIr1pixwZWsGt4a7brMy43jKtTi73HX8voTHYS+6Mp1E7ly/24futzLtGxxcq2xryah+yQT3LJ6L8BS0FzawGgtB6TWBu8CAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAS+ShOKiIj8XrvuWSks5yhkJip8OB+9FtmJ5WjalkZo2sq+ZV89+Gjp1FlyPEEWFa4aJlTHl+Pce+f1YEYd90MwE7XAkcVdQ6HPYbVGmGSP+IiMjA06jlHG+s7jxgaE//fR0Vymn7IbFOtDAFV5QxFCNsIibnCc8xnxm+n2BVlu+nZqEhLC8LU+FKCXYsjJMHTsU+O9YhDJC4S21KXPDj3jUzSAYp/BzrXA+O7zMfdULqUqSgg2yYIOYMUydBpB/jejohOCr3OFbXARdrPBjIEIoUgYQXDd3eMEpNRXmUqeH7pTWup6hI5c+eAEgJ80+t57xQCa+azInRmzEw9YLpxQ==
05882627-af7e-4b16-bb27-f32d50c4263d	365e9d70-4fe0-4b44-9909-07c953acbe07	algorithm	RSA-OAEP
5c505945-0e53-42ee-8fbe-2fe43fafe433	365e9d70-4fe0-4b44-9909-07c953acbe07	priority	100
a2bf28a4-9de6-4556-b022-3b0038af3b2d	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
7c2a6ef7-bd94-4285-9410-e952998a764d	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	saml-user-attribute-mapper
0e9bb19a-670c-4d1d-96a7-d2b473f2fee2	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
a145a12e-6340-4e97-96d7-71711e922706	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	oidc-address-mapper
5b353047-a9a8-4a05-ae1b-e854729a064a	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
3bc3d802-92f1-460d-9f38-6f07c1048e8b	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	saml-user-property-mapper
2444ab4a-f184-4f3a-abbd-a50b6d33e294	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	oidc-full-name-mapper
506c271f-3b9b-44e1-92f7-6b8e7409344b	c21b39d5-2dcf-468c-b216-796a248fe419	allowed-protocol-mapper-types	saml-role-list-mapper
b10e4671-4662-4004-9d92-4487eb6baa78	bbcb41b0-f76b-4e9d-b1eb-1837b8408f30	max-clients	200
3e51b809-ec2e-4f1c-8aa0-d5ff87a724b7	9579c394-f258-4a06-9aa7-948c66174371	client-uris-must-match	true
c2a95869-81ef-4cae-92c3-f617b9aa8225	9579c394-f258-4a06-9aa7-948c66174371	host-sending-registration-request-must-match	true
fb68ae3e-e559-46fe-bf59-f09e2d1d5e8b	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
74188fc8-73b6-4ae5-bca6-6c2b962cffda	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	saml-role-list-mapper
a7272f33-ef11-47ed-a839-a3c4052b73f7	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	oidc-address-mapper
a7d14964-c1a0-4fe6-b3a6-3817afc8c70c	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
95677715-8119-421e-98b4-89b27a3d4498	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	saml-user-property-mapper
b91829a0-8ac4-4806-9bbd-3416790bd28e	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	saml-user-attribute-mapper
032225f6-42e9-4626-9baa-c7412e722da7	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
7a9c3dcd-02cb-40de-a5f8-a20e1131c91c	6e0b7d1c-8a3d-47d6-b8b8-9bac33efa384	allowed-protocol-mapper-types	oidc-full-name-mapper
12b0180e-f035-416a-aba2-bfad7aaebb19	1b118f97-b335-4abb-a4f9-0b41b3a6f79a	allow-default-scopes	true
d5f3d0db-2656-4a8d-bab7-066c391dc466	0b46b0cf-440f-4136-9000-8580b4c3c00e	allow-default-scopes	true
\.


--
-- Data for Name: composite_role; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.composite_role (composite, child_role) FROM stdin;
9efd04a5-a328-42da-8b44-a4deb8e2c86d	fb417055-a260-4fe1-8855-c7b8a77fe7ea
9efd04a5-a328-42da-8b44-a4deb8e2c86d	e3cb78df-5098-4743-9a6f-5d9bcfe63f12
9efd04a5-a328-42da-8b44-a4deb8e2c86d	6ca61fcb-7585-4d7b-9217-c577c60fc350
9efd04a5-a328-42da-8b44-a4deb8e2c86d	78187c30-98bd-45d7-a3cf-b4b253670bb2
9efd04a5-a328-42da-8b44-a4deb8e2c86d	5c9b7ff4-bbe1-4a1d-8394-d56de4700db2
9efd04a5-a328-42da-8b44-a4deb8e2c86d	f5f6796d-ceb0-47ec-9372-cc370cc580cf
9efd04a5-a328-42da-8b44-a4deb8e2c86d	46e928b5-d26c-4f6e-95ed-820d42371236
9efd04a5-a328-42da-8b44-a4deb8e2c86d	653eb789-dadf-49b4-8cc6-f1a9d994bf3f
9efd04a5-a328-42da-8b44-a4deb8e2c86d	54a63066-c87a-490c-85e5-e8baae2a51fb
9efd04a5-a328-42da-8b44-a4deb8e2c86d	78d201ec-57bc-4c06-984a-7ce27c773415
9efd04a5-a328-42da-8b44-a4deb8e2c86d	d193ecd5-9cb3-4056-a031-5da8e2e63fbc
9efd04a5-a328-42da-8b44-a4deb8e2c86d	4d640c27-57a4-433b-ac8d-98ec83adf4e3
9efd04a5-a328-42da-8b44-a4deb8e2c86d	2e2a61be-9ef6-42f8-88f4-d68076d32a15
9efd04a5-a328-42da-8b44-a4deb8e2c86d	8ffefe8e-4010-4e38-9671-a2edbc15bbfa
9efd04a5-a328-42da-8b44-a4deb8e2c86d	d93b74c2-e384-467d-a13d-c0f5a25c6bae
9efd04a5-a328-42da-8b44-a4deb8e2c86d	e689f6d4-e310-49f4-9e84-5a1e178b7904
9efd04a5-a328-42da-8b44-a4deb8e2c86d	c24b5b7f-e4e0-4075-95fb-6b8451f2495d
9efd04a5-a328-42da-8b44-a4deb8e2c86d	033d01d8-b01f-401b-b56c-895b5a53f318
9efd04a5-a328-42da-8b44-a4deb8e2c86d	162ce39a-a24e-4b46-b377-741dde1cd505
9efd04a5-a328-42da-8b44-a4deb8e2c86d	06836914-7924-4d07-9777-7d2df8889c80
9efd04a5-a328-42da-8b44-a4deb8e2c86d	d5648da8-1ff3-4d28-a786-06ad9d24a51c
5c9b7ff4-bbe1-4a1d-8394-d56de4700db2	033d01d8-b01f-401b-b56c-895b5a53f318
78187c30-98bd-45d7-a3cf-b4b253670bb2	c24b5b7f-e4e0-4075-95fb-6b8451f2495d
78187c30-98bd-45d7-a3cf-b4b253670bb2	06836914-7924-4d07-9777-7d2df8889c80
54a63066-c87a-490c-85e5-e8baae2a51fb	d5648da8-1ff3-4d28-a786-06ad9d24a51c
eec81825-a882-488a-8b87-34ba9d687220	29f1acf8-c1f8-4703-926f-5c9fb30cdd1d
eec81825-a882-488a-8b87-34ba9d687220	7b624390-68a8-4458-b25e-c7e0f85d06c7
7b624390-68a8-4458-b25e-c7e0f85d06c7	64f3720e-34a9-4b9e-9a1d-3180515a1b9f
009a8937-c9c9-4639-946a-6b1b2cb12789	02ed2a9c-848b-4c6f-bb42-c03d0cadbdd9
9efd04a5-a328-42da-8b44-a4deb8e2c86d	898702b1-d8e5-41e1-ad1a-d3e8690504e8
eec81825-a882-488a-8b87-34ba9d687220	43d08281-7edb-4edd-99d4-6dafda73b976
eec81825-a882-488a-8b87-34ba9d687220	bda6bf3d-ffaa-4ea3-8630-98f1679200ec
9efd04a5-a328-42da-8b44-a4deb8e2c86d	c916c6db-3fd2-46b5-913d-c712ca76355f
9efd04a5-a328-42da-8b44-a4deb8e2c86d	cfcb3b6c-7bbc-4fee-8d60-3b8958d14a3b
9efd04a5-a328-42da-8b44-a4deb8e2c86d	017a93f2-9928-4d5a-8f87-9e722c93a8d8
9efd04a5-a328-42da-8b44-a4deb8e2c86d	a695ab5e-1951-406e-96c5-e39589c9d784
9efd04a5-a328-42da-8b44-a4deb8e2c86d	46f7e6ac-65c5-43c9-8984-3516aafc037a
9efd04a5-a328-42da-8b44-a4deb8e2c86d	ca5d5c58-2123-40ff-a83d-14e28f38dd41
9efd04a5-a328-42da-8b44-a4deb8e2c86d	076ba38b-bfa7-42bc-9a43-fc02b03e212e
9efd04a5-a328-42da-8b44-a4deb8e2c86d	5fe0af25-7451-4643-a5e9-1f8a71f6ebbc
9efd04a5-a328-42da-8b44-a4deb8e2c86d	491d7e9b-02a1-4ca4-b2b0-780eac06dc6d
9efd04a5-a328-42da-8b44-a4deb8e2c86d	c40f52c7-85a1-4696-a737-a02d61da6315
9efd04a5-a328-42da-8b44-a4deb8e2c86d	a3960e8c-7624-42f9-a099-4e89c5aee9bc
9efd04a5-a328-42da-8b44-a4deb8e2c86d	67c6f2d0-cb33-40b1-8464-eb791a69cbf2
9efd04a5-a328-42da-8b44-a4deb8e2c86d	d6e38ebe-37f3-4d21-b1a9-aee611284ee8
9efd04a5-a328-42da-8b44-a4deb8e2c86d	22a45122-1b50-461a-a109-07a659beab7a
9efd04a5-a328-42da-8b44-a4deb8e2c86d	823e110d-386e-4841-8271-b1806bd56272
9efd04a5-a328-42da-8b44-a4deb8e2c86d	7dba2c69-6938-4539-982e-02ff4a8d3331
9efd04a5-a328-42da-8b44-a4deb8e2c86d	cea064a6-4c15-4eec-8ea2-813c8ed6d53e
9efd04a5-a328-42da-8b44-a4deb8e2c86d	476809bd-a0b0-4160-8413-e34e70979a68
9efd04a5-a328-42da-8b44-a4deb8e2c86d	43d4d703-b11b-49de-9866-b788f481806c
9efd04a5-a328-42da-8b44-a4deb8e2c86d	7a3f9111-5896-4f3c-b289-08ae28f2f13c
a695ab5e-1951-406e-96c5-e39589c9d784	cea064a6-4c15-4eec-8ea2-813c8ed6d53e
017a93f2-9928-4d5a-8f87-9e722c93a8d8	7dba2c69-6938-4539-982e-02ff4a8d3331
017a93f2-9928-4d5a-8f87-9e722c93a8d8	43d4d703-b11b-49de-9866-b788f481806c
5fe0af25-7451-4643-a5e9-1f8a71f6ebbc	7a3f9111-5896-4f3c-b289-08ae28f2f13c
60177d90-b20a-45eb-afb0-3ea0cb1785d6	45378875-8d18-4c4e-bfe3-e6262d9ebc65
60177d90-b20a-45eb-afb0-3ea0cb1785d6	f489a27d-542e-4570-b8fd-50ed083c7125
60177d90-b20a-45eb-afb0-3ea0cb1785d6	1a47b7d8-65a8-4090-9d99-ec16a9619d06
60177d90-b20a-45eb-afb0-3ea0cb1785d6	a34581f0-f3ca-4444-b9f9-c08892ee0170
60177d90-b20a-45eb-afb0-3ea0cb1785d6	618351ce-8731-4557-9a9e-2774ca62069c
60177d90-b20a-45eb-afb0-3ea0cb1785d6	8597d71b-07d2-4e93-b94c-ffee2543bc5c
60177d90-b20a-45eb-afb0-3ea0cb1785d6	fdefb175-c3ba-48e7-b975-2ab8db5ea9d9
60177d90-b20a-45eb-afb0-3ea0cb1785d6	d06cfc72-9844-4af6-8a4f-4f32c5db52be
60177d90-b20a-45eb-afb0-3ea0cb1785d6	1a4b5500-2ae3-4d2e-b969-d709e6617c7c
60177d90-b20a-45eb-afb0-3ea0cb1785d6	67c9f74a-ee9f-43de-825a-6f8148e5d757
60177d90-b20a-45eb-afb0-3ea0cb1785d6	58364b03-574b-423b-b53a-f2cb2a6a7737
60177d90-b20a-45eb-afb0-3ea0cb1785d6	55bee83d-9372-496b-81f4-23332fafee9b
60177d90-b20a-45eb-afb0-3ea0cb1785d6	7bf0f726-e775-4282-85a0-f95450a9ac4b
60177d90-b20a-45eb-afb0-3ea0cb1785d6	7627fe0f-dd7e-4dfe-a3b9-16e76395b20a
60177d90-b20a-45eb-afb0-3ea0cb1785d6	00c6733c-a5e0-4663-8a9a-86f09eb646a8
60177d90-b20a-45eb-afb0-3ea0cb1785d6	2e50b7ce-7ef2-442b-b9cf-a4e437431ef8
60177d90-b20a-45eb-afb0-3ea0cb1785d6	d4683437-1a0b-4a9c-8db1-e42339d5895f
60177d90-b20a-45eb-afb0-3ea0cb1785d6	2fafb4d9-f08f-430f-b73d-2975f9eb9829
60177d90-b20a-45eb-afb0-3ea0cb1785d6	9918f1fa-dc89-4f3c-b71a-21100db0a99c
60177d90-b20a-45eb-afb0-3ea0cb1785d6	90a933ab-4c1a-4a14-b85a-ee80995f6431
a34581f0-f3ca-4444-b9f9-c08892ee0170	d4683437-1a0b-4a9c-8db1-e42339d5895f
1a47b7d8-65a8-4090-9d99-ec16a9619d06	2e50b7ce-7ef2-442b-b9cf-a4e437431ef8
1a47b7d8-65a8-4090-9d99-ec16a9619d06	9918f1fa-dc89-4f3c-b71a-21100db0a99c
d06cfc72-9844-4af6-8a4f-4f32c5db52be	90a933ab-4c1a-4a14-b85a-ee80995f6431
c2ba2e5e-c553-4a2d-a6de-500e69034e48	3f031816-7e6e-4998-a845-b07097572193
c2ba2e5e-c553-4a2d-a6de-500e69034e48	501267f7-3378-4ac6-80ee-1c02c9c75f0c
501267f7-3378-4ac6-80ee-1c02c9c75f0c	6459e22b-43ad-463e-9b9b-baeda5236b80
84b90673-f974-4a0b-8c52-744f9b59f943	7f5b51e0-e932-4ebe-9513-db9842f89a98
9efd04a5-a328-42da-8b44-a4deb8e2c86d	d6fc8057-17a7-4d65-b82a-51c8b0a516c8
60177d90-b20a-45eb-afb0-3ea0cb1785d6	ff52eada-4fb2-41f7-ae5d-822632ebb641
c2ba2e5e-c553-4a2d-a6de-500e69034e48	a41d6516-1679-4072-a90d-8c75fff8d95e
c2ba2e5e-c553-4a2d-a6de-500e69034e48	d81f7511-6b2f-4d45-9bda-1ba5744b2756
7eadf560-74ba-4b8c-b42a-4b780e20a799	edea72ac-52ee-4327-9ba6-1000cc528483
52cf2ac5-63a0-48e7-81f8-4a5f66e2a433	7eadf560-74ba-4b8c-b42a-4b780e20a799
52cf2ac5-63a0-48e7-81f8-4a5f66e2a433	917bc450-a6a3-4f39-a8fa-8e08d59b28f0
\.


--
-- Data for Name: credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.credential (id, salt, type, user_id, created_date, user_label, secret_data, credential_data, priority, version) FROM stdin;
81477fed-83e9-4e0e-a7fd-dfc86cc87093	\N	password	03afad50-02df-43b8-9f8d-aa67cc1f81d1	1796514002613	\N	{"value":"8LUnnM6BEEqWUtPLv4B3dabXAbI0UiBvprkfLKFCvUk=","salt":"4PABrXfSEriJfe+BrQfYbg==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
aae03324-aba3-42b1-bf4d-5c7ff6b4e373	\N	password	6ed33d2b-fddf-485d-a00e-351de45308ab	1796514017217	\N	{"value":"5c3d2pSGxwr4IzY/4tVmbdXzoAytOY1MRuJirDudcDQ=","salt":"rS48ElvorHuBZrhV5nrxVQ==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc	\N	webauthn-passwordless	6ed33d2b-fddf-485d-a00e-351de45308ab	1796514023127	Passkey (Other on Other)	{}	{"aaguid":"00000000-0000-0000-0000-000000000000","credentialId":"GB1EBs8SGv1LeHtipDIPGb/eDaso9bwMW6JXvaHkZSc=","counter":1,"credentialPublicKey":"pQECAyYgASFYIC2mx4jBRNUjLr6nu1J_BbI3bq9CrY1HWDofo5ntFIYkIlggZx7WBQNOa_tQGzXy85MTclsSjyM4uAR_WZZu6MY7j70","attestationStatementFormat":"none","transports":["internal","hybrid"]}	20	1
\.


--
-- Data for Name: databasechangelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
1.0.0.Final-KEYCLOAK-5461	sthorger@redhat.com	META-INF/jpa-changelog-1.0.0.Final.xml	2026-12-05 23:39:19.618399	1	EXECUTED	9:6f1016664e21e16d26517a4418f5e3df	createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...		\N	4.33.0	\N	\N	6513951164
1.0.0.Final-KEYCLOAK-5461	sthorger@redhat.com	META-INF/db2-jpa-changelog-1.0.0.Final.xml	2026-12-05 23:39:19.652696	2	MARK_RAN	9:828775b1596a07d1200ba1d49e5e3941	createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...		\N	4.33.0	\N	\N	6513951164
1.1.0.Beta1	sthorger@redhat.com	META-INF/jpa-changelog-1.1.0.Beta1.xml	2026-12-05 23:39:19.709115	3	EXECUTED	9:5f090e44a7d595883c1fb61f4b41fd38	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=CLIENT_ATTRIBUTES; createTable tableName=CLIENT_SESSION_NOTE; createTable tableName=APP_NODE_REGISTRATIONS; addColumn table...		\N	4.33.0	\N	\N	6513951164
1.1.0.Final	sthorger@redhat.com	META-INF/jpa-changelog-1.1.0.Final.xml	2026-12-05 23:39:19.718117	4	EXECUTED	9:c07e577387a3d2c04d1adc9aaad8730e	renameColumn newColumnName=EVENT_TIME, oldColumnName=TIME, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
1.2.0.Beta1	psilva@redhat.com	META-INF/jpa-changelog-1.2.0.Beta1.xml	2026-12-05 23:39:19.996344	5	EXECUTED	9:b68ce996c655922dbcd2fe6b6ae72686	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...		\N	4.33.0	\N	\N	6513951164
1.2.0.Beta1	psilva@redhat.com	META-INF/db2-jpa-changelog-1.2.0.Beta1.xml	2026-12-05 23:39:20.006694	6	MARK_RAN	9:543b5c9989f024fe35c6f6c5a97de88e	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...		\N	4.33.0	\N	\N	6513951164
1.2.0.RC1	bburke@redhat.com	META-INF/jpa-changelog-1.2.0.CR1.xml	2026-12-05 23:39:20.245221	7	EXECUTED	9:765afebbe21cf5bbca048e632df38336	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...		\N	4.33.0	\N	\N	6513951164
1.2.0.RC1	bburke@redhat.com	META-INF/db2-jpa-changelog-1.2.0.CR1.xml	2026-12-05 23:39:20.30753	8	MARK_RAN	9:db4a145ba11a6fdaefb397f6dbf829a1	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...		\N	4.33.0	\N	\N	6513951164
1.2.0.Final	keycloak	META-INF/jpa-changelog-1.2.0.Final.xml	2026-12-05 23:39:20.35867	9	EXECUTED	9:9d05c7be10cdb873f8bcb41bc3a8ab23	update tableName=CLIENT; update tableName=CLIENT; update tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
1.3.0	bburke@redhat.com	META-INF/jpa-changelog-1.3.0.xml	2026-12-05 23:39:20.900893	10	EXECUTED	9:18593702353128d53111f9b1ff0b82b8	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=ADMI...		\N	4.33.0	\N	\N	6513951164
1.4.0	bburke@redhat.com	META-INF/jpa-changelog-1.4.0.xml	2026-12-05 23:39:21.055363	11	EXECUTED	9:6122efe5f090e41a85c0f1c9e52cbb62	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6513951164
1.4.0	bburke@redhat.com	META-INF/db2-jpa-changelog-1.4.0.xml	2026-12-05 23:39:21.068061	12	MARK_RAN	9:e1ff28bf7568451453f844c5d54bb0b5	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6513951164
1.5.0	bburke@redhat.com	META-INF/jpa-changelog-1.5.0.xml	2026-12-05 23:39:21.119798	13	EXECUTED	9:7af32cd8957fbc069f796b61217483fd	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6513951164
1.6.1_from15	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-05 23:39:21.187938	14	EXECUTED	9:6005e15e84714cd83226bf7879f54190	addColumn tableName=REALM; addColumn tableName=KEYCLOAK_ROLE; addColumn tableName=CLIENT; createTable tableName=OFFLINE_USER_SESSION; createTable tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_US_SES_PK2, tableName=...		\N	4.33.0	\N	\N	6513951164
1.6.1_from16-pre	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-05 23:39:21.203391	15	MARK_RAN	9:bf656f5a2b055d07f314431cae76f06c	delete tableName=OFFLINE_CLIENT_SESSION; delete tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
1.6.1_from16	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-05 23:39:21.217649	16	MARK_RAN	9:f8dadc9284440469dcf71e25ca6ab99b	dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_US_SES_PK, tableName=OFFLINE_USER_SESSION; dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_CL_SES_PK, tableName=OFFLINE_CLIENT_SESSION; addColumn tableName=OFFLINE_USER_SESSION; update tableName=OF...		\N	4.33.0	\N	\N	6513951164
1.6.1	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-05 23:39:21.224046	17	EXECUTED	9:d41d8cd98f00b204e9800998ecf8427e	empty		\N	4.33.0	\N	\N	6513951164
1.7.0	bburke@redhat.com	META-INF/jpa-changelog-1.7.0.xml	2026-12-05 23:39:21.313636	18	EXECUTED	9:3368ff0be4c2855ee2dd9ca813b38d8e	createTable tableName=KEYCLOAK_GROUP; createTable tableName=GROUP_ROLE_MAPPING; createTable tableName=GROUP_ATTRIBUTE; createTable tableName=USER_GROUP_MEMBERSHIP; createTable tableName=REALM_DEFAULT_GROUPS; addColumn tableName=IDENTITY_PROVIDER; ...		\N	4.33.0	\N	\N	6513951164
1.8.0	mposolda@redhat.com	META-INF/jpa-changelog-1.8.0.xml	2026-12-05 23:39:21.407667	19	EXECUTED	9:8ac2fb5dd030b24c0570a763ed75ed20	addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...		\N	4.33.0	\N	\N	6513951164
1.8.0-2	keycloak	META-INF/jpa-changelog-1.8.0.xml	2026-12-05 23:39:21.446834	20	EXECUTED	9:f91ddca9b19743db60e3057679810e6c	dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL		\N	4.33.0	\N	\N	6513951164
22.0.5-24031	keycloak	META-INF/jpa-changelog-22.0.0.xml	2026-12-05 23:39:36.330592	119	MARK_RAN	9:a60d2d7b315ec2d3eba9e2f145f9df28	customChange		\N	4.33.0	\N	\N	6513951164
1.8.0	mposolda@redhat.com	META-INF/db2-jpa-changelog-1.8.0.xml	2026-12-05 23:39:21.457026	21	MARK_RAN	9:831e82914316dc8a57dc09d755f23c51	addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...		\N	4.33.0	\N	\N	6513951164
1.8.0-2	keycloak	META-INF/db2-jpa-changelog-1.8.0.xml	2026-12-05 23:39:21.466308	22	MARK_RAN	9:f91ddca9b19743db60e3057679810e6c	dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL		\N	4.33.0	\N	\N	6513951164
1.9.0	mposolda@redhat.com	META-INF/jpa-changelog-1.9.0.xml	2026-12-05 23:39:21.675542	23	EXECUTED	9:bc3d0f9e823a69dc21e23e94c7a94bb1	update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=REALM; update tableName=REALM; customChange; dr...		\N	4.33.0	\N	\N	6513951164
1.9.1	keycloak	META-INF/jpa-changelog-1.9.1.xml	2026-12-05 23:39:21.694746	24	EXECUTED	9:c9999da42f543575ab790e76439a2679	modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=PUBLIC_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM		\N	4.33.0	\N	\N	6513951164
1.9.1	keycloak	META-INF/db2-jpa-changelog-1.9.1.xml	2026-12-05 23:39:21.698887	25	MARK_RAN	9:0d6c65c6f58732d81569e77b10ba301d	modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM		\N	4.33.0	\N	\N	6513951164
1.9.2	keycloak	META-INF/jpa-changelog-1.9.2.xml	2026-12-05 23:39:22.615697	26	EXECUTED	9:fc576660fc016ae53d2d4778d84d86d0	createIndex indexName=IDX_USER_EMAIL, tableName=USER_ENTITY; createIndex indexName=IDX_USER_ROLE_MAPPING, tableName=USER_ROLE_MAPPING; createIndex indexName=IDX_USER_GROUP_MAPPING, tableName=USER_GROUP_MEMBERSHIP; createIndex indexName=IDX_USER_CO...		\N	4.33.0	\N	\N	6513951164
authz-2.0.0	psilva@redhat.com	META-INF/jpa-changelog-authz-2.0.0.xml	2026-12-05 23:39:22.805303	27	EXECUTED	9:43ed6b0da89ff77206289e87eaa9c024	createTable tableName=RESOURCE_SERVER; addPrimaryKey constraintName=CONSTRAINT_FARS, tableName=RESOURCE_SERVER; addUniqueConstraint constraintName=UK_AU8TT6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER; createTable tableName=RESOURCE_SERVER_RESOU...		\N	4.33.0	\N	\N	6513951164
authz-2.5.1	psilva@redhat.com	META-INF/jpa-changelog-authz-2.5.1.xml	2026-12-05 23:39:22.823299	28	EXECUTED	9:44bae577f551b3738740281eceb4ea70	update tableName=RESOURCE_SERVER_POLICY		\N	4.33.0	\N	\N	6513951164
2.1.0-KEYCLOAK-5461	bburke@redhat.com	META-INF/jpa-changelog-2.1.0.xml	2026-12-05 23:39:22.998608	29	EXECUTED	9:bd88e1f833df0420b01e114533aee5e8	createTable tableName=BROKER_LINK; createTable tableName=FED_USER_ATTRIBUTE; createTable tableName=FED_USER_CONSENT; createTable tableName=FED_USER_CONSENT_ROLE; createTable tableName=FED_USER_CONSENT_PROT_MAPPER; createTable tableName=FED_USER_CR...		\N	4.33.0	\N	\N	6513951164
2.2.0	bburke@redhat.com	META-INF/jpa-changelog-2.2.0.xml	2026-12-05 23:39:23.045649	30	EXECUTED	9:a7022af5267f019d020edfe316ef4371	addColumn tableName=ADMIN_EVENT_ENTITY; createTable tableName=CREDENTIAL_ATTRIBUTE; createTable tableName=FED_CREDENTIAL_ATTRIBUTE; modifyDataType columnName=VALUE, tableName=CREDENTIAL; addForeignKeyConstraint baseTableName=FED_CREDENTIAL_ATTRIBU...		\N	4.33.0	\N	\N	6513951164
2.3.0	bburke@redhat.com	META-INF/jpa-changelog-2.3.0.xml	2026-12-05 23:39:23.10284	31	EXECUTED	9:fc155c394040654d6a79227e56f5e25a	createTable tableName=FEDERATED_USER; addPrimaryKey constraintName=CONSTR_FEDERATED_USER, tableName=FEDERATED_USER; dropDefaultValue columnName=TOTP, tableName=USER_ENTITY; dropColumn columnName=TOTP, tableName=USER_ENTITY; addColumn tableName=IDE...		\N	4.33.0	\N	\N	6513951164
2.4.0	bburke@redhat.com	META-INF/jpa-changelog-2.4.0.xml	2026-12-05 23:39:23.124491	32	EXECUTED	9:eac4ffb2a14795e5dc7b426063e54d88	customChange		\N	4.33.0	\N	\N	6513951164
2.5.0	bburke@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-05 23:39:23.131792	33	EXECUTED	9:54937c05672568c4c64fc9524c1e9462	customChange; modifyDataType columnName=USER_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
2.5.0-unicode-oracle	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-05 23:39:23.133526	34	MARK_RAN	9:f9753208029f582525ed12011a19d054	modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...		\N	4.33.0	\N	\N	6513951164
2.5.0-unicode-other-dbs	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-05 23:39:23.206809	35	EXECUTED	9:33d72168746f81f98ae3a1e8e0ca3554	modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...		\N	4.33.0	\N	\N	6513951164
2.5.0-duplicate-email-support	slawomir@dabek.name	META-INF/jpa-changelog-2.5.0.xml	2026-12-05 23:39:23.236482	36	EXECUTED	9:61b6d3d7a4c0e0024b0c839da283da0c	addColumn tableName=REALM		\N	4.33.0	\N	\N	6513951164
2.5.0-unique-group-names	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-05 23:39:23.27371	37	EXECUTED	9:8dcac7bdf7378e7d823cdfddebf72fda	addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
2.5.1	bburke@redhat.com	META-INF/jpa-changelog-2.5.1.xml	2026-12-05 23:39:23.290508	38	EXECUTED	9:a2b870802540cb3faa72098db5388af3	addColumn tableName=FED_USER_CONSENT		\N	4.33.0	\N	\N	6513951164
3.0.0	bburke@redhat.com	META-INF/jpa-changelog-3.0.0.xml	2026-12-05 23:39:23.308369	39	EXECUTED	9:132a67499ba24bcc54fb5cbdcfe7e4c0	addColumn tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6513951164
3.2.0-fix	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-05 23:39:23.325683	40	MARK_RAN	9:938f894c032f5430f2b0fafb1a243462	addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS		\N	4.33.0	\N	\N	6513951164
3.2.0-fix-with-keycloak-5416	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-05 23:39:23.345653	41	MARK_RAN	9:845c332ff1874dc5d35974b0babf3006	dropIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS; addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS; createIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS		\N	4.33.0	\N	\N	6513951164
3.2.0-fix-offline-sessions	hmlnarik	META-INF/jpa-changelog-3.2.0.xml	2026-12-05 23:39:23.373263	42	EXECUTED	9:fc86359c079781adc577c5a217e4d04c	customChange		\N	4.33.0	\N	\N	6513951164
3.2.0-fixed	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-05 23:39:30.305766	43	EXECUTED	9:59a64800e3c0d09b825f8a3b444fa8f4	addColumn tableName=REALM; dropPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_PK2, tableName=OFFLINE_CLIENT_SESSION; dropColumn columnName=CLIENT_SESSION_ID, tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_P...		\N	4.33.0	\N	\N	6513951164
3.3.0	keycloak	META-INF/jpa-changelog-3.3.0.xml	2026-12-05 23:39:30.345659	44	EXECUTED	9:d48d6da5c6ccf667807f633fe489ce88	addColumn tableName=USER_ENTITY		\N	4.33.0	\N	\N	6513951164
authz-3.4.0.CR1-resource-server-pk-change-part1	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-05 23:39:30.359047	45	EXECUTED	9:dde36f7973e80d71fceee683bc5d2951	addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_RESOURCE; addColumn tableName=RESOURCE_SERVER_SCOPE		\N	4.33.0	\N	\N	6513951164
authz-3.4.0.CR1-resource-server-pk-change-part2-KEYCLOAK-6095	hmlnarik@redhat.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-05 23:39:30.373017	46	EXECUTED	9:b855e9b0a406b34fa323235a0cf4f640	customChange		\N	4.33.0	\N	\N	6513951164
authz-3.4.0.CR1-resource-server-pk-change-part3-fixed	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-05 23:39:30.381512	47	MARK_RAN	9:51abbacd7b416c50c4421a8cabf7927e	dropIndex indexName=IDX_RES_SERV_POL_RES_SERV, tableName=RESOURCE_SERVER_POLICY; dropIndex indexName=IDX_RES_SRV_RES_RES_SRV, tableName=RESOURCE_SERVER_RESOURCE; dropIndex indexName=IDX_RES_SRV_SCOPE_RES_SRV, tableName=RESOURCE_SERVER_SCOPE		\N	4.33.0	\N	\N	6513951164
authz-3.4.0.CR1-resource-server-pk-change-part3-fixed-nodropindex	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-05 23:39:30.95229	48	EXECUTED	9:bdc99e567b3398bac83263d375aad143	addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_POLICY; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_RESOURCE; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, ...		\N	4.33.0	\N	\N	6513951164
authn-3.4.0.CR1-refresh-token-max-reuse	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-05 23:39:30.97048	49	EXECUTED	9:d198654156881c46bfba39abd7769e69	addColumn tableName=REALM		\N	4.33.0	\N	\N	6513951164
3.4.0	keycloak	META-INF/jpa-changelog-3.4.0.xml	2026-12-05 23:39:31.053644	50	EXECUTED	9:cfdd8736332ccdd72c5256ccb42335db	addPrimaryKey constraintName=CONSTRAINT_REALM_DEFAULT_ROLES, tableName=REALM_DEFAULT_ROLES; addPrimaryKey constraintName=CONSTRAINT_COMPOSITE_ROLE, tableName=COMPOSITE_ROLE; addPrimaryKey constraintName=CONSTR_REALM_DEFAULT_GROUPS, tableName=REALM...		\N	4.33.0	\N	\N	6513951164
3.4.0-KEYCLOAK-5230	hmlnarik@redhat.com	META-INF/jpa-changelog-3.4.0.xml	2026-12-05 23:39:31.930481	51	EXECUTED	9:7c84de3d9bd84d7f077607c1a4dcb714	createIndex indexName=IDX_FU_ATTRIBUTE, tableName=FED_USER_ATTRIBUTE; createIndex indexName=IDX_FU_CONSENT, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CONSENT_RU, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CREDENTIAL, t...		\N	4.33.0	\N	\N	6513951164
3.4.1	psilva@redhat.com	META-INF/jpa-changelog-3.4.1.xml	2026-12-05 23:39:31.942284	52	EXECUTED	9:5a6bb36cbefb6a9d6928452c0852af2d	modifyDataType columnName=VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
3.4.2	keycloak	META-INF/jpa-changelog-3.4.2.xml	2026-12-05 23:39:31.948894	53	EXECUTED	9:8f23e334dbc59f82e0a328373ca6ced0	update tableName=REALM		\N	4.33.0	\N	\N	6513951164
3.4.2-KEYCLOAK-5172	mkanis@redhat.com	META-INF/jpa-changelog-3.4.2.xml	2026-12-05 23:39:31.955623	54	EXECUTED	9:9156214268f09d970cdf0e1564d866af	update tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
4.0.0-KEYCLOAK-6335	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-05 23:39:31.974496	55	EXECUTED	9:db806613b1ed154826c02610b7dbdf74	createTable tableName=CLIENT_AUTH_FLOW_BINDINGS; addPrimaryKey constraintName=C_CLI_FLOW_BIND, tableName=CLIENT_AUTH_FLOW_BINDINGS		\N	4.33.0	\N	\N	6513951164
4.0.0-CLEANUP-UNUSED-TABLE	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-05 23:39:31.998277	56	EXECUTED	9:229a041fb72d5beac76bb94a5fa709de	dropTable tableName=CLIENT_IDENTITY_PROV_MAPPING		\N	4.33.0	\N	\N	6513951164
4.0.0-KEYCLOAK-6228	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-05 23:39:32.12405	57	EXECUTED	9:079899dade9c1e683f26b2aa9ca6ff04	dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; dropNotNullConstraint columnName=CLIENT_ID, tableName=USER_CONSENT; addColumn tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHO...		\N	4.33.0	\N	\N	6513951164
4.0.0-KEYCLOAK-5579-fixed	mposolda@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-05 23:39:33.863149	58	EXECUTED	9:139b79bcbbfe903bb1c2d2a4dbf001d9	dropForeignKeyConstraint baseTableName=CLIENT_TEMPLATE_ATTRIBUTES, constraintName=FK_CL_TEMPL_ATTR_TEMPL; renameTable newTableName=CLIENT_SCOPE_ATTRIBUTES, oldTableName=CLIENT_TEMPLATE_ATTRIBUTES; renameColumn newColumnName=SCOPE_ID, oldColumnName...		\N	4.33.0	\N	\N	6513951164
authz-4.0.0.CR1	psilva@redhat.com	META-INF/jpa-changelog-authz-4.0.0.CR1.xml	2026-12-05 23:39:33.930754	59	EXECUTED	9:b55738ad889860c625ba2bf483495a04	createTable tableName=RESOURCE_SERVER_PERM_TICKET; addPrimaryKey constraintName=CONSTRAINT_FAPMT, tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRHO213XCX4WNKOG82SSPMT...		\N	4.33.0	\N	\N	6513951164
authz-4.0.0.Beta3	psilva@redhat.com	META-INF/jpa-changelog-authz-4.0.0.Beta3.xml	2026-12-05 23:39:34.069086	60	EXECUTED	9:e0057eac39aa8fc8e09ac6cfa4ae15fe	addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRPO2128CX4WNKOG82SSRFY, referencedTableName=RESOURCE_SERVER_POLICY		\N	4.33.0	\N	\N	6513951164
authz-4.2.0.Final	mhajas@redhat.com	META-INF/jpa-changelog-authz-4.2.0.Final.xml	2026-12-05 23:39:34.078473	61	EXECUTED	9:42a33806f3a0443fe0e7feeec821326c	createTable tableName=RESOURCE_URIS; addForeignKeyConstraint baseTableName=RESOURCE_URIS, constraintName=FK_RESOURCE_SERVER_URIS, referencedTableName=RESOURCE_SERVER_RESOURCE; customChange; dropColumn columnName=URI, tableName=RESOURCE_SERVER_RESO...		\N	4.33.0	\N	\N	6513951164
authz-4.2.0.Final-KEYCLOAK-9944	hmlnarik@redhat.com	META-INF/jpa-changelog-authz-4.2.0.Final.xml	2026-12-05 23:39:34.110621	62	EXECUTED	9:9968206fca46eecc1f51db9c024bfe56	addPrimaryKey constraintName=CONSTRAINT_RESOUR_URIS_PK, tableName=RESOURCE_URIS		\N	4.33.0	\N	\N	6513951164
4.2.0-KEYCLOAK-6313	wadahiro@gmail.com	META-INF/jpa-changelog-4.2.0.xml	2026-12-05 23:39:34.119392	63	EXECUTED	9:92143a6daea0a3f3b8f598c97ce55c3d	addColumn tableName=REQUIRED_ACTION_PROVIDER		\N	4.33.0	\N	\N	6513951164
4.3.0-KEYCLOAK-7984	wadahiro@gmail.com	META-INF/jpa-changelog-4.3.0.xml	2026-12-05 23:39:34.145421	64	EXECUTED	9:82bab26a27195d889fb0429003b18f40	update tableName=REQUIRED_ACTION_PROVIDER		\N	4.33.0	\N	\N	6513951164
4.6.0-KEYCLOAK-7950	psilva@redhat.com	META-INF/jpa-changelog-4.6.0.xml	2026-12-05 23:39:34.16456	65	EXECUTED	9:e590c88ddc0b38b0ae4249bbfcb5abc3	update tableName=RESOURCE_SERVER_RESOURCE		\N	4.33.0	\N	\N	6513951164
4.6.0-KEYCLOAK-8377	keycloak	META-INF/jpa-changelog-4.6.0.xml	2026-12-05 23:39:34.39335	66	EXECUTED	9:5c1f475536118dbdc38d5d7977950cc0	createTable tableName=ROLE_ATTRIBUTE; addPrimaryKey constraintName=CONSTRAINT_ROLE_ATTRIBUTE_PK, tableName=ROLE_ATTRIBUTE; addForeignKeyConstraint baseTableName=ROLE_ATTRIBUTE, constraintName=FK_ROLE_ATTRIBUTE_ID, referencedTableName=KEYCLOAK_ROLE...		\N	4.33.0	\N	\N	6513951164
4.6.0-KEYCLOAK-8555	gideonray@gmail.com	META-INF/jpa-changelog-4.6.0.xml	2026-12-05 23:39:34.49875	67	EXECUTED	9:e7c9f5f9c4d67ccbbcc215440c718a17	createIndex indexName=IDX_COMPONENT_PROVIDER_TYPE, tableName=COMPONENT		\N	4.33.0	\N	\N	6513951164
4.7.0-KEYCLOAK-1267	sguilhen@redhat.com	META-INF/jpa-changelog-4.7.0.xml	2026-12-05 23:39:34.518688	68	EXECUTED	9:88e0bfdda924690d6f4e430c53447dd5	addColumn tableName=REALM		\N	4.33.0	\N	\N	6513951164
4.7.0-KEYCLOAK-7275	keycloak	META-INF/jpa-changelog-4.7.0.xml	2026-12-05 23:39:34.626744	69	EXECUTED	9:f53177f137e1c46b6a88c59ec1cb5218	renameColumn newColumnName=CREATED_ON, oldColumnName=LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION; addNotNullConstraint columnName=CREATED_ON, tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_USER_SESSION; customChange; createIn...		\N	4.33.0	\N	\N	6513951164
4.8.0-KEYCLOAK-8835	sguilhen@redhat.com	META-INF/jpa-changelog-4.8.0.xml	2026-12-05 23:39:34.637663	70	EXECUTED	9:a74d33da4dc42a37ec27121580d1459f	addNotNullConstraint columnName=SSO_MAX_LIFESPAN_REMEMBER_ME, tableName=REALM; addNotNullConstraint columnName=SSO_IDLE_TIMEOUT_REMEMBER_ME, tableName=REALM		\N	4.33.0	\N	\N	6513951164
authz-7.0.0-KEYCLOAK-10443	psilva@redhat.com	META-INF/jpa-changelog-authz-7.0.0.xml	2026-12-05 23:39:34.654667	71	EXECUTED	9:fd4ade7b90c3b67fae0bfcfcb42dfb5f	addColumn tableName=RESOURCE_SERVER		\N	4.33.0	\N	\N	6513951164
8.0.0-adding-credential-columns	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-05 23:39:34.666665	72	EXECUTED	9:aa072ad090bbba210d8f18781b8cebf4	addColumn tableName=CREDENTIAL; addColumn tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
8.0.0-updating-credential-data-not-oracle-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-05 23:39:34.686804	73	EXECUTED	9:1ae6be29bab7c2aa376f6983b932be37	update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
8.0.0-updating-credential-data-oracle-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-05 23:39:34.690542	74	MARK_RAN	9:14706f286953fc9a25286dbd8fb30d97	update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
8.0.0-credential-cleanup-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-05 23:39:34.730822	75	EXECUTED	9:2b9cc12779be32c5b40e2e67711a218b	dropDefaultValue columnName=COUNTER, tableName=CREDENTIAL; dropDefaultValue columnName=DIGITS, tableName=CREDENTIAL; dropDefaultValue columnName=PERIOD, tableName=CREDENTIAL; dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; dropColumn ...		\N	4.33.0	\N	\N	6513951164
8.0.0-resource-tag-support	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-05 23:39:34.794466	76	EXECUTED	9:91fa186ce7a5af127a2d7a91ee083cc5	addColumn tableName=MIGRATION_MODEL; createIndex indexName=IDX_UPDATE_TIME, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6513951164
9.0.0-always-display-client	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-05 23:39:34.807659	77	EXECUTED	9:6335e5c94e83a2639ccd68dd24e2e5ad	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
9.0.0-drop-constraints-for-column-increase	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-05 23:39:34.813696	78	MARK_RAN	9:6bdb5658951e028bfe16fa0a8228b530	dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5PMT, tableName=RESOURCE_SERVER_PERM_TICKET; dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER_RESOURCE; dropPrimaryKey constraintName=CONSTRAINT_O...		\N	4.33.0	\N	\N	6513951164
9.0.0-increase-column-size-federated-fk	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-05 23:39:34.874517	79	EXECUTED	9:d5bc15a64117ccad481ce8792d4c608f	modifyDataType columnName=CLIENT_ID, tableName=FED_USER_CONSENT; modifyDataType columnName=CLIENT_REALM_CONSTRAINT, tableName=KEYCLOAK_ROLE; modifyDataType columnName=OWNER, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=CLIENT_ID, ta...		\N	4.33.0	\N	\N	6513951164
9.0.0-recreate-constraints-after-column-increase	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-05 23:39:34.882572	80	MARK_RAN	9:077cba51999515f4d3e7ad5619ab592c	addNotNullConstraint columnName=CLIENT_ID, tableName=OFFLINE_CLIENT_SESSION; addNotNullConstraint columnName=OWNER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNullConstraint columnName=REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNull...		\N	4.33.0	\N	\N	6513951164
9.0.1-add-index-to-client.client_id	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-05 23:39:34.930798	81	EXECUTED	9:be969f08a163bf47c6b9e9ead8ac2afb	createIndex indexName=IDX_CLIENT_ID, tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
9.0.1-KEYCLOAK-12579-drop-constraints	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-05 23:39:34.938775	82	MARK_RAN	9:6d3bb4408ba5a72f39bd8a0b301ec6e3	dropUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
9.0.1-KEYCLOAK-12579-add-not-null-constraint	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-05 23:39:34.950384	83	EXECUTED	9:966bda61e46bebf3cc39518fbed52fa7	addNotNullConstraint columnName=PARENT_GROUP, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
9.0.1-KEYCLOAK-12579-recreate-constraints	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-05 23:39:34.95601	84	MARK_RAN	9:8dcac7bdf7378e7d823cdfddebf72fda	addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
9.0.1-add-index-to-events	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-05 23:39:35.019318	85	EXECUTED	9:7d93d602352a30c0c317e6a609b56599	createIndex indexName=IDX_EVENT_TIME, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
map-remove-ri	keycloak	META-INF/jpa-changelog-11.0.0.xml	2026-12-05 23:39:35.03889	86	EXECUTED	9:71c5969e6cdd8d7b6f47cebc86d37627	dropForeignKeyConstraint baseTableName=REALM, constraintName=FK_TRAF444KK6QRKMS7N56AIWQ5Y; dropForeignKeyConstraint baseTableName=KEYCLOAK_ROLE, constraintName=FK_KJHO5LE2C0RAL09FL8CM9WFW9		\N	4.33.0	\N	\N	6513951164
map-remove-ri	keycloak	META-INF/jpa-changelog-12.0.0.xml	2026-12-05 23:39:35.055354	87	EXECUTED	9:a9ba7d47f065f041b7da856a81762021	dropForeignKeyConstraint baseTableName=REALM_DEFAULT_GROUPS, constraintName=FK_DEF_GROUPS_GROUP; dropForeignKeyConstraint baseTableName=REALM_DEFAULT_ROLES, constraintName=FK_H4WPD7W4HSOOLNI3H0SW7BTJE; dropForeignKeyConstraint baseTableName=CLIENT...		\N	4.33.0	\N	\N	6513951164
12.1.0-add-realm-localization-table	keycloak	META-INF/jpa-changelog-12.0.0.xml	2026-12-05 23:39:35.082941	88	EXECUTED	9:fffabce2bc01e1a8f5110d5278500065	createTable tableName=REALM_LOCALIZATIONS; addPrimaryKey tableName=REALM_LOCALIZATIONS		\N	4.33.0	\N	\N	6513951164
default-roles	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.098681	89	EXECUTED	9:fa8a5b5445e3857f4b010bafb5009957	addColumn tableName=REALM; customChange		\N	4.33.0	\N	\N	6513951164
default-roles-cleanup	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.13327	90	EXECUTED	9:67ac3241df9a8582d591c5ed87125f39	dropTable tableName=REALM_DEFAULT_ROLES; dropTable tableName=CLIENT_DEFAULT_ROLES		\N	4.33.0	\N	\N	6513951164
13.0.0-KEYCLOAK-16844	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.22565	91	EXECUTED	9:ad1194d66c937e3ffc82386c050ba089	createIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
map-remove-ri-13.0.0	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.251689	92	EXECUTED	9:d9be619d94af5a2f5d07b9f003543b91	dropForeignKeyConstraint baseTableName=DEFAULT_CLIENT_SCOPE, constraintName=FK_R_DEF_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SCOPE_CLIENT, constraintName=FK_C_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SC...		\N	4.33.0	\N	\N	6513951164
13.0.0-KEYCLOAK-17992-drop-constraints	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.285431	93	MARK_RAN	9:544d201116a0fcc5a5da0925fbbc3bde	dropPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CLSCOPE_CL, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CL_CLSCOPE, tableName=CLIENT_SCOPE_CLIENT		\N	4.33.0	\N	\N	6513951164
13.0.0-increase-column-size-federated	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.307135	94	EXECUTED	9:43c0c1055b6761b4b3e89de76d612ccf	modifyDataType columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; modifyDataType columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT		\N	4.33.0	\N	\N	6513951164
13.0.0-KEYCLOAK-17992-recreate-constraints	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.310865	95	MARK_RAN	9:8bd711fd0330f4fe980494ca43ab1139	addNotNullConstraint columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; addNotNullConstraint columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT; addPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; createIndex indexName=...		\N	4.33.0	\N	\N	6513951164
json-string-accomodation-fixed	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-05 23:39:35.322378	96	EXECUTED	9:e07d2bc0970c348bb06fb63b1f82ddbf	addColumn tableName=REALM_ATTRIBUTE; update tableName=REALM_ATTRIBUTE; dropColumn columnName=VALUE, tableName=REALM_ATTRIBUTE; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=REALM_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
14.0.0-KEYCLOAK-11019	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.503282	97	EXECUTED	9:24fb8611e97f29989bea412aa38d12b7	createIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USER, tableName=OFFLINE_USER_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
14.0.0-KEYCLOAK-18286	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.506585	98	MARK_RAN	9:259f89014ce2506ee84740cbf7163aa7	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
14.0.0-KEYCLOAK-18286-revert	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.524322	99	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
14.0.0-KEYCLOAK-18286-supported-dbs	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.613561	100	EXECUTED	9:60ca84a0f8c94ec8c3504a5a3bc88ee8	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
14.0.0-KEYCLOAK-18286-unsupported-dbs	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.616855	101	MARK_RAN	9:d3d977031d431db16e2c181ce49d73e9	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
KEYCLOAK-17267-add-index-to-user-attributes	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.692441	102	EXECUTED	9:0b305d8d1277f3a89a0a53a659ad274c	createIndex indexName=IDX_USER_ATTRIBUTE_NAME, tableName=USER_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
KEYCLOAK-18146-add-saml-art-binding-identifier	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-05 23:39:35.705548	103	EXECUTED	9:2c374ad2cdfe20e2905a84c8fac48460	customChange		\N	4.33.0	\N	\N	6513951164
15.0.0-KEYCLOAK-18467	keycloak	META-INF/jpa-changelog-15.0.0.xml	2026-12-05 23:39:35.711946	104	EXECUTED	9:47a760639ac597360a8219f5b768b4de	addColumn tableName=REALM_LOCALIZATIONS; update tableName=REALM_LOCALIZATIONS; dropColumn columnName=TEXTS, tableName=REALM_LOCALIZATIONS; renameColumn newColumnName=TEXTS, oldColumnName=TEXTS_NEW, tableName=REALM_LOCALIZATIONS; addNotNullConstrai...		\N	4.33.0	\N	\N	6513951164
17.0.0-9562	keycloak	META-INF/jpa-changelog-17.0.0.xml	2026-12-05 23:39:35.771216	105	EXECUTED	9:a6272f0576727dd8cad2522335f5d99e	createIndex indexName=IDX_USER_SERVICE_ACCOUNT, tableName=USER_ENTITY		\N	4.33.0	\N	\N	6513951164
18.0.0-10625-IDX_ADMIN_EVENT_TIME	keycloak	META-INF/jpa-changelog-18.0.0.xml	2026-12-05 23:39:35.84251	106	EXECUTED	9:015479dbd691d9cc8669282f4828c41d	createIndex indexName=IDX_ADMIN_EVENT_TIME, tableName=ADMIN_EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
18.0.15-30992-index-consent	keycloak	META-INF/jpa-changelog-18.0.15.xml	2026-12-05 23:39:35.971022	107	EXECUTED	9:80071ede7a05604b1f4906f3bf3b00f0	createIndex indexName=IDX_USCONSENT_SCOPE_ID, tableName=USER_CONSENT_CLIENT_SCOPE		\N	4.33.0	\N	\N	6513951164
19.0.0-10135	keycloak	META-INF/jpa-changelog-19.0.0.xml	2026-12-05 23:39:35.98171	108	EXECUTED	9:9518e495fdd22f78ad6425cc30630221	customChange		\N	4.33.0	\N	\N	6513951164
20.0.0-12964-supported-dbs	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.042701	109	EXECUTED	9:e5f243877199fd96bcc842f27a1656ac	createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
20.0.0-12964-supported-dbs-edb-migration	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.135985	110	EXECUTED	9:a6b18a8e38062df5793edbe064f4aecd	dropIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE; createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
20.0.0-12964-unsupported-dbs	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.159205	111	MARK_RAN	9:1a6fcaa85e20bdeae0a9ce49b41946a5	createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
client-attributes-string-accomodation-fixed-pre-drop-index	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.187169	112	EXECUTED	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
client-attributes-string-accomodation-fixed	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.202745	113	EXECUTED	9:3f332e13e90739ed0c35b0b25b7822ca	addColumn tableName=CLIENT_ATTRIBUTES; update tableName=CLIENT_ATTRIBUTES; dropColumn columnName=VALUE, tableName=CLIENT_ATTRIBUTES; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
client-attributes-string-accomodation-fixed-post-create-index	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-05 23:39:36.211871	114	MARK_RAN	9:bd2bd0fc7768cf0845ac96a8786fa735	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
21.0.2-17277	keycloak	META-INF/jpa-changelog-21.0.2.xml	2026-12-05 23:39:36.222263	115	EXECUTED	9:7ee1f7a3fb8f5588f171fb9a6ab623c0	customChange		\N	4.33.0	\N	\N	6513951164
21.1.0-19404	keycloak	META-INF/jpa-changelog-21.1.0.xml	2026-12-05 23:39:36.303309	116	EXECUTED	9:3d7e830b52f33676b9d64f7f2b2ea634	modifyDataType columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=LOGIC, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=POLICY_ENFORCE_MODE, tableName=RESOURCE_SERVER		\N	4.33.0	\N	\N	6513951164
21.1.0-19404-2	keycloak	META-INF/jpa-changelog-21.1.0.xml	2026-12-05 23:39:36.311802	117	MARK_RAN	9:627d032e3ef2c06c0e1f73d2ae25c26c	addColumn tableName=RESOURCE_SERVER_POLICY; update tableName=RESOURCE_SERVER_POLICY; dropColumn columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; renameColumn newColumnName=DECISION_STRATEGY, oldColumnName=DECISION_STRATEGY_NEW, tabl...		\N	4.33.0	\N	\N	6513951164
22.0.0-17484-updated	keycloak	META-INF/jpa-changelog-22.0.0.xml	2026-12-05 23:39:36.326395	118	EXECUTED	9:90af0bfd30cafc17b9f4d6eccd92b8b3	customChange		\N	4.33.0	\N	\N	6513951164
23.0.0-12062	keycloak	META-INF/jpa-changelog-23.0.0.xml	2026-12-05 23:39:36.35953	120	EXECUTED	9:2168fbe728fec46ae9baf15bf80927b8	addColumn tableName=COMPONENT_CONFIG; update tableName=COMPONENT_CONFIG; dropColumn columnName=VALUE, tableName=COMPONENT_CONFIG; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=COMPONENT_CONFIG		\N	4.33.0	\N	\N	6513951164
23.0.0-17258	keycloak	META-INF/jpa-changelog-23.0.0.xml	2026-12-05 23:39:36.370931	121	EXECUTED	9:36506d679a83bbfda85a27ea1864dca8	addColumn tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
24.0.0-9758	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-05 23:39:36.612965	122	EXECUTED	9:502c557a5189f600f0f445a9b49ebbce	addColumn tableName=USER_ATTRIBUTE; addColumn tableName=FED_USER_ATTRIBUTE; createIndex indexName=USER_ATTR_LONG_VALUES, tableName=USER_ATTRIBUTE; createIndex indexName=FED_USER_ATTR_LONG_VALUES, tableName=FED_USER_ATTRIBUTE; createIndex indexName...		\N	4.33.0	\N	\N	6513951164
24.0.0-9758-2	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-05 23:39:36.642835	123	EXECUTED	9:bf0fdee10afdf597a987adbf291db7b2	customChange		\N	4.33.0	\N	\N	6513951164
24.0.0-26618-drop-index-if-present	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-05 23:39:36.666364	124	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
24.0.0-26618-reindex	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-05 23:39:36.775462	125	EXECUTED	9:08707c0f0db1cef6b352db03a60edc7f	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
24.0.0-26618-edb-migration	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-05 23:39:36.859301	126	EXECUTED	9:2f684b29d414cd47efe3a3599f390741	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES; createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
24.0.2-27228	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-05 23:39:36.868599	127	EXECUTED	9:eaee11f6b8aa25d2cc6a84fb86fc6238	customChange		\N	4.33.0	\N	\N	6513951164
24.0.2-27967-drop-index-if-present	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-05 23:39:36.877051	128	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
24.0.2-27967-reindex	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-05 23:39:36.88322	129	MARK_RAN	9:d3d977031d431db16e2c181ce49d73e9	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-tables	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:36.893391	130	EXECUTED	9:deda2df035df23388af95bbd36c17cef	addColumn tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-creation	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:36.959042	131	EXECUTED	9:3e96709818458ae49f3c679ae58d263a	createIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-cleanup-uss-createdon	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:36.986546	132	EXECUTED	9:78ab4fc129ed5e8265dbcc3485fba92f	dropIndex indexName=IDX_OFFLINE_USS_CREATEDON, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-cleanup-uss-preload	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.00652	133	EXECUTED	9:de5f7c1f7e10994ed8b62e621d20eaab	dropIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-cleanup-uss-by-usersess	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.022335	134	EXECUTED	9:6eee220d024e38e89c799417ec33667f	dropIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-cleanup-css-preload	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.046946	135	EXECUTED	9:5411d2fb2891d3e8d63ddb55dfa3c0c9	dropIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-2-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.053651	136	MARK_RAN	9:b7ef76036d3126bb83c2423bf4d449d6	createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-28265-index-2-not-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.130582	137	EXECUTED	9:23396cf51ab8bc1ae6f0cac7f9f6fcf7	createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
25.0.0-org	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.185493	138	EXECUTED	9:5c859965c2c9b9c72136c360649af157	createTable tableName=ORG; addUniqueConstraint constraintName=UK_ORG_NAME, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_GROUP, tableName=ORG; createTable tableName=ORG_DOMAIN		\N	4.33.0	\N	\N	6513951164
unique-consentuser	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.211715	139	EXECUTED	9:5857626a2ea8767e9a6c66bf3a2cb32f	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6513951164
unique-consentuser-edb-migration	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.248948	140	MARK_RAN	9:5857626a2ea8767e9a6c66bf3a2cb32f	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6513951164
unique-consentuser-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.267685	141	MARK_RAN	9:b79478aad5adaa1bc428e31563f55e8e	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6513951164
25.0.0-28861-index-creation	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-05 23:39:37.370349	142	EXECUTED	9:b9acb58ac958d9ada0fe12a5d4794ab1	createIndex indexName=IDX_PERM_TICKET_REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; createIndex indexName=IDX_PERM_TICKET_OWNER, tableName=RESOURCE_SERVER_PERM_TICKET		\N	4.33.0	\N	\N	6513951164
26.0.0-org-alias	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.399574	143	EXECUTED	9:6ef7d63e4412b3c2d66ed179159886a4	addColumn tableName=ORG; update tableName=ORG; addNotNullConstraint columnName=ALIAS, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_ALIAS, tableName=ORG		\N	4.33.0	\N	\N	6513951164
26.0.0-org-group	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.420049	144	EXECUTED	9:da8e8087d80ef2ace4f89d8c5b9ca223	addColumn tableName=KEYCLOAK_GROUP; update tableName=KEYCLOAK_GROUP; addNotNullConstraint columnName=TYPE, tableName=KEYCLOAK_GROUP; customChange		\N	4.33.0	\N	\N	6513951164
26.0.0-org-indexes	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.51433	145	EXECUTED	9:79b05dcd610a8c7f25ec05135eec0857	createIndex indexName=IDX_ORG_DOMAIN_ORG_ID, tableName=ORG_DOMAIN		\N	4.33.0	\N	\N	6513951164
26.0.0-org-group-membership	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.527334	146	EXECUTED	9:a6ace2ce583a421d89b01ba2a28dc2d4	addColumn tableName=USER_GROUP_MEMBERSHIP; update tableName=USER_GROUP_MEMBERSHIP; addNotNullConstraint columnName=MEMBERSHIP_TYPE, tableName=USER_GROUP_MEMBERSHIP		\N	4.33.0	\N	\N	6513951164
31296-persist-revoked-access-tokens	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.542752	147	EXECUTED	9:64ef94489d42a358e8304b0e245f0ed4	createTable tableName=REVOKED_TOKEN; addPrimaryKey constraintName=CONSTRAINT_RT, tableName=REVOKED_TOKEN		\N	4.33.0	\N	\N	6513951164
31725-index-persist-revoked-access-tokens	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.616644	148	EXECUTED	9:b994246ec2bf7c94da881e1d28782c7b	createIndex indexName=IDX_REV_TOKEN_ON_EXPIRE, tableName=REVOKED_TOKEN		\N	4.33.0	\N	\N	6513951164
26.0.0-idps-for-login	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.897631	149	EXECUTED	9:51f5fffadf986983d4bd59582c6c1604	addColumn tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_REALM_ORG, tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER; customChange		\N	4.33.0	\N	\N	6513951164
26.0.0-32583-drop-redundant-index-on-client-session	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.926557	150	EXECUTED	9:24972d83bf27317a055d234187bb4af9	dropIndex indexName=IDX_US_SESS_ID_ON_CL_SESS, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.0.0.32582-remove-tables-user-session-user-session-note-and-client-session	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:37.991971	151	EXECUTED	9:febdc0f47f2ed241c59e60f58c3ceea5	dropTable tableName=CLIENT_SESSION_ROLE; dropTable tableName=CLIENT_SESSION_NOTE; dropTable tableName=CLIENT_SESSION_PROT_MAPPER; dropTable tableName=CLIENT_SESSION_AUTH_STATUS; dropTable tableName=CLIENT_USER_SESSION_NOTE; dropTable tableName=CLI...		\N	4.33.0	\N	\N	6513951164
26.0.0-33201-org-redirect-url	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-05 23:39:38.006266	152	EXECUTED	9:4d0e22b0ac68ebe9794fa9cb752ea660	addColumn tableName=ORG		\N	4.33.0	\N	\N	6513951164
29399-jdbc-ping-default	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-05 23:39:38.025638	153	EXECUTED	9:007dbe99d7203fca403b89d4edfdf21e	createTable tableName=JGROUPS_PING; addPrimaryKey constraintName=CONSTRAINT_JGROUPS_PING, tableName=JGROUPS_PING		\N	4.33.0	\N	\N	6513951164
26.1.0-34013	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-05 23:39:38.035284	154	EXECUTED	9:e6b686a15759aef99a6d758a5c4c6a26	addColumn tableName=ADMIN_EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
26.1.0-34380	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-05 23:39:38.046425	155	EXECUTED	9:ac8b9edb7c2b6c17a1c7a11fcf5ccf01	dropTable tableName=USERNAME_LOGIN_FAILURE		\N	4.33.0	\N	\N	6513951164
26.2.0-36750	keycloak	META-INF/jpa-changelog-26.2.0.xml	2026-12-05 23:39:38.06553	156	EXECUTED	9:b49ce951c22f7eb16480ff085640a33a	createTable tableName=SERVER_CONFIG		\N	4.33.0	\N	\N	6513951164
26.2.0-26106	keycloak	META-INF/jpa-changelog-26.2.0.xml	2026-12-05 23:39:38.074444	157	EXECUTED	9:b5877d5dab7d10ff3a9d209d7beb6680	addColumn tableName=CREDENTIAL		\N	4.33.0	\N	\N	6513951164
26.2.6-39866-duplicate	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-05 23:39:38.083428	158	EXECUTED	9:1dc67ccee24f30331db2cba4f372e40e	customChange		\N	4.33.0	\N	\N	6513951164
26.2.6-39866-uk	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-05 23:39:38.093639	159	EXECUTED	9:b70b76f47210cf0a5f4ef0e219eac7cd	addUniqueConstraint constraintName=UK_MIGRATION_VERSION, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6513951164
26.2.6-40088-duplicate	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-05 23:39:38.105453	160	EXECUTED	9:cc7e02ed69ab31979afb1982f9670e8f	customChange		\N	4.33.0	\N	\N	6513951164
26.2.6-40088-uk	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-05 23:39:38.117142	161	EXECUTED	9:5bb848128da7bc4595cc507383325241	addUniqueConstraint constraintName=UK_MIGRATION_UPDATE_TIME, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6513951164
26.3.0-groups-description	keycloak	META-INF/jpa-changelog-26.3.0.xml	2026-12-05 23:39:38.126633	162	EXECUTED	9:e1a3c05574326fb5b246b73b9a4c4d49	addColumn tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
26.4.0-40933-saml-encryption-attributes	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-05 23:39:38.129642	163	EXECUTED	9:7e9eaba362ca105efdda202303a4fe49	customChange		\N	4.33.0	\N	\N	6513951164
26.4.0-51321	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-05 23:39:38.230561	164	EXECUTED	9:34bab2bc56f75ffd7e347c580874e306	createIndex indexName=IDX_EVENT_ENTITY_USER_ID_TYPE, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6513951164
40343-workflow-state-table	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-05 23:39:38.495884	165	EXECUTED	9:ed3ab4723ceed210e5b5e60ac4562106	createTable tableName=WORKFLOW_STATE; addPrimaryKey constraintName=PK_WORKFLOW_STATE, tableName=WORKFLOW_STATE; addUniqueConstraint constraintName=UQ_WORKFLOW_RESOURCE, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_STEP, table...		\N	4.33.0	\N	\N	6513951164
26.5.0-index-offline-css-by-client	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.64662	166	EXECUTED	9:383e981ce95d16e32af757b7998820f7	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-index-offline-css-by-client-storage-provider	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.770261	167	EXECUTED	9:f5bc200e6fa7d7e483854dee535ca425	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_STORAGE_PROVIDER, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-idp-config-allow-null-fixed-drop-mssql-index	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.772224	168	MARK_RAN	9:50c51d2c98cd1d624eb1c485c3cf1f75	dropIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6513951164
26.5.0-idp-config-allow-null	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.806839	169	EXECUTED	9:b667fb087874303b324c1af7fae4f606	dropDefaultValue columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=STORE_TOKEN, tableName=IDENTITY_PROVIDER; dropDefaultValue columnName...		\N	4.33.0	\N	\N	6513951164
26.5.0-idp-config-allow-null-fixed-create-mssql-index	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.816072	170	MARK_RAN	9:dcbbb24c151c3b0b59f12fede23cc94d	createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6513951164
26.5.0-remove-workflow-provider-id-column	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.933645	171	EXECUTED	9:d8eeb324484d45e946d03b953e168b21	dropIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; dropColumn columnName=WORKFLOW_PROVIDER_ID, tableName=WORKFLOW_STATE		\N	4.33.0	\N	\N	6513951164
26.5.0-add-remember-me	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:38.956417	172	EXECUTED	9:a7273ea8b21bd2f674c9c49141999f05	addColumn tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-add-sess-refresh-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:39.076627	173	EXECUTED	9:ce49383d317ccbcd3434d1f21172b0b7	createIndex indexName=IDX_USER_SESSION_EXPIRATION_CREATED, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-add-sess-create-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:39.2029	174	EXECUTED	9:aaee09e23a4d8468fbc5c51b7b314c58	createIndex indexName=IDX_USER_SESSION_EXPIRATION_LAST_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-drop-sess-refresh-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:39.232593	175	EXECUTED	9:f0082210b6ccbbaf81287c27aa23753c	dropIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6513951164
26.5.0-mysql-mariadb-default-charset-collation	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:39.241676	176	MARK_RAN	9:1b383fa60d2db0a8952b365e725f9d16	customChange		\N	4.33.0	\N	\N	6513951164
26.5.0-invitations-table-fixed2	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-05 23:39:39.582709	177	EXECUTED	9:322cb11fc03181903dcd67a54f8b3cf0	createTable tableName=ORG_INVITATION; addForeignKeyConstraint baseTableName=ORG_INVITATION, constraintName=FK_ORG_INVITATION_ORG, referencedTableName=ORG; createIndex indexName=IDX_ORG_INVITATION_ORG_ID, tableName=ORG_INVITATION; createIndex index...		\N	4.33.0	\N	\N	6513951164
26.6.0-45009-broker-link-user-id	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:39.694528	178	EXECUTED	9:05026bbbc8d2ead5afcbda2f5fdf3a2b	createIndex indexName=IDX_BROKER_LINK_USER_ID, tableName=BROKER_LINK		\N	4.33.0	\N	\N	6513951164
26.6.0-45009-broker-link-identity-provider	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:39.794604	179	EXECUTED	9:7d9a0253c9de7be754efef8bba4265bd	createIndex indexName=IDX_BROKER_LINK_IDENTITY_PROVIDER, tableName=BROKER_LINK		\N	4.33.0	\N	\N	6513951164
26.6.0-org-group-relationship	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:39.922651	180	EXECUTED	9:05685853fba030f53548ac6bf23245e3	addColumn tableName=KEYCLOAK_GROUP; addForeignKeyConstraint baseTableName=KEYCLOAK_GROUP, constraintName=FK_GROUP_ORGANIZATION, referencedTableName=ORG; createIndex indexName=IDX_GROUP_ORG_ID, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
26.6.0-44424-index-css-user-session-and-offline	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.054692	181	EXECUTED	9:a704d8598df241a3fd3cb91b6ab4b2d4	createIndex indexName=IDX_OFFLINE_CSS_BY_USER_SESSION_AND_OFFLINE, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.6.0-44424-create-realm-in-client-session	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.06862	182	EXECUTED	9:77dbbc72d943e98cfe472ba8cc56a31c	addColumn tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.6.0-44424-set-realm-in-client-session	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.079202	183	EXECUTED	9:3964a3148d32a55ef81126e23cdf6721	customChange		\N	4.33.0	\N	\N	6513951164
26.6.0-44424-idx-css-realm-and-clients	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.194579	184	EXECUTED	9:a093877fff41185ac24103be80e00968	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_AND_REALM, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6513951164
26.6.0-add-last-modified-timestamp-user	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.207908	185	EXECUTED	9:8aa583d2cdd9e913dff42fecd626c560	addColumn tableName=USER_ENTITY		\N	4.33.0	\N	\N	6513951164
26.6.0-add-timestamps-group	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.230838	186	EXECUTED	9:4363d45dc25105a3fc5db9ff6936b0a9	addColumn tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6513951164
26.6.0-43829-user-created-timestamp-index	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.357064	187	EXECUTED	9:f2531a49b8bb21a7a97966d88fd1a411	createIndex indexName=IDX_USER_CREATED_TIMESTAMP, tableName=USER_ENTITY		\N	4.33.0	\N	\N	6513951164
26.6.0-48716-create-mssql-idp-index	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-05 23:39:40.366903	188	MARK_RAN	9:dcbbb24c151c3b0b59f12fede23cc94d	createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6513951164
26.7.0-jdbcping-timestamp	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.390489	189	EXECUTED	9:9a91f62e494bd013594e007b74d01638	addColumn tableName=JGROUPS_PING		\N	4.33.0	\N	\N	6513951164
26.7.0-45292-realm-display-name-add-column	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.410511	190	EXECUTED	9:1de8c7824ce4fd7c739db6195f42be21	addColumn tableName=REALM		\N	4.33.0	\N	\N	6513951164
26.7.0-45292-realm-display-name-migrate-data	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.432149	191	EXECUTED	9:293096bc554dd51428d1d9882f2de1dd	customChange		\N	4.33.0	\N	\N	6513951164
26.7.0-45292-realm-display-name-remove-attribute	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.442237	192	EXECUTED	9:a08357e3b0908c09d478e692cf82f865	delete tableName=REALM_ATTRIBUTE		\N	4.33.0	\N	\N	6513951164
26.7.0-verifiable-credential	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.532195	193	EXECUTED	9:68d8df23794085e79ba08b5046cba31d	createTable tableName=USER_VER_CREDENTIAL; addPrimaryKey constraintName=CONSTRAINT_VCRED_PM, tableName=USER_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=USER_VER_CREDENTIAL, constraintName=FK_VCRED_USER, referencedTableName=USER_ENTITY; a...		\N	4.33.0	\N	\N	6513951164
26.7.0-federated-verifiable-credentials-1	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:40.722683	194	EXECUTED	9:49092fa73b1c2b3afca48d91b8111c65	createTable tableName=FED_USER_VER_CREDENTIAL; addUniqueConstraint constraintName=UK_FED_USER_VC, tableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_USER_VC_REALM_USER, tableName=FED_USER_VER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
26.7.0-outbox	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:41.325793	195	EXECUTED	9:338b2743ca1be95f895d8f9b0cbe7b55	createTable tableName=OUTBOX_ENTRY; addUniqueConstraint constraintName=UC_OUTBOX_KIND_OWNER_CORRELATION, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_DRAIN, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_REALM, tableName=OUTB...		\N	4.33.0	\N	\N	6513951164
26.7.0-9686-dynamic-scopes-consent	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:41.362919	196	EXECUTED	9:fb689bc3ff64e174d6319014b38876f1	addColumn tableName=USER_CONSENT_CLIENT_SCOPE; dropPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addColumn...		\N	4.33.0	\N	\N	6513951164
26.7.0-46204-issued-ver-credential-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:41.550503	197	EXECUTED	9:4918c6f68ba90ce417f1aaa031013168	createTable tableName=ISSUED_VER_CREDENTIAL; addPrimaryKey constraintName=PK_ISSUED_VER_CREDENTIAL, tableName=ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=ISSUED_VER_CREDENTIAL, constraintName=FK_ISSUED_VER_CREDENTIAL_USER, referen...		\N	4.33.0	\N	\N	6513951164
26.7.0-issued-ver-credential-expires-at-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:41.671528	198	EXECUTED	9:ab9e4c0c9f21d9217ffe52968a3cf732	createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_EXPIRES_AT, tableName=ISSUED_VER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
26.7.0-issued-ver-credential-vc-id-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:41.851219	199	EXECUTED	9:1c9b18926e48b4b66d0341400bd13834	createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_VC, tableName=ISSUED_VER_CREDENTIAL		\N	4.33.0	\N	\N	6513951164
26.7.0-federated-issued-ver-credential	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.486574	200	EXECUTED	9:3d610f5527879623a0d2362e64fa667f	createTable tableName=FED_ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=FED_ISSUED_VER_CREDENTIAL, constraintName=FK_FED_ISSUED_VC_VER_CRED, referencedTableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_ISSUED_VC_USER, ...		\N	4.33.0	\N	\N	6513951164
26.7.0-persistent-auth-session-root-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.523915	201	EXECUTED	9:ad622d5eebdf468747a0d08d2367a68e	createTable tableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6513951164
26.7.0-persistent-auth-session-root-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.81298	202	EXECUTED	9:3090cd11d2dfeb5df754f41c0ffa35d7	createIndex indexName=IDX_ROOT_AUTH_SESSION_REALM, tableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6513951164
26.7.0-persistent-auth-session-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.86196	203	EXECUTED	9:609b8a172e43f617bb8920efd2b9ae5f	createTable tableName=AUTH_SESSION; addPrimaryKey constraintName=PK_AUTH_SESSION, tableName=AUTH_SESSION; addForeignKeyConstraint baseTableName=AUTH_SESSION, constraintName=FK_AUTH_SESSION_ROOT, referencedTableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6513951164
26.7.0-single-use-object-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.876596	204	EXECUTED	9:22bc4eb8e456b3b7be2808e457a44cb7	createTable tableName=SINGLE_USE_OBJECT		\N	4.33.0	\N	\N	6513951164
26.7.0-single-use-object-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.96381	205	EXECUTED	9:b2ad66c013f48dc131ce109eface7fa5	createIndex indexName=IDX_SINGLE_USE_OBJ_EXPIRE, tableName=SINGLE_USE_OBJECT		\N	4.33.0	\N	\N	6513951164
26.7.0-login-failure-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:42.998257	206	EXECUTED	9:671b50f88904b24ceb02463dd2d0c045	createTable tableName=LOGIN_FAILURE; addPrimaryKey constraintName=PK_LOGIN_FAILURE, tableName=LOGIN_FAILURE		\N	4.33.0	\N	\N	6513951164
26.7.0-login-failure-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:43.082654	207	EXECUTED	9:f554afc6ad14784c99f6ad8811ac30ec	createIndex indexName=IDX_LOGIN_FAILURE_EXPIRE, tableName=LOGIN_FAILURE		\N	4.33.0	\N	\N	6513951164
26.7.0-add-timestamps-client	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:43.092793	208	EXECUTED	9:df5324c82398b446690b206c07649d40	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
26.7.0-add-last-modified-timestamp-client	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:43.113323	209	EXECUTED	9:bae67d2faa5438ee35adfbb20a53c3c6	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6513951164
26.7.0-cluster-event	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-05 23:39:43.248647	210	EXECUTED	9:556b201eb9c378fa05d5bf22ec9c8dcf	createTable tableName=CLUSTER_EVENT; addPrimaryKey constraintName=PK_CLUSTER_EVENT, tableName=CLUSTER_EVENT; createIndex indexName=IDX_CLUSTER_EVENT_TARGET, tableName=CLUSTER_EVENT		\N	4.33.0	\N	\N	6513951164
\.


--
-- Data for Name: databasechangelog_passkey_au; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_passkey_au (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
pa-0.1.0-passkey-details	passkey-autopilot	META-INF/passkey-autopilot/changelog-0.1.0.xml	2026-12-05 23:39:43.586356	1	EXECUTED	9:4658064bc3c25274d14e803ac4bf1a4b	createTable tableName=PA_PASSKEY_DETAILS; createIndex indexName=IDX_PA_PASSKEY_DETAILS_USER, tableName=PA_PASSKEY_DETAILS; addForeignKeyConstraint baseTableName=PA_PASSKEY_DETAILS, constraintName=FK_PA_PASSKEY_DETAILS_CREDENTIAL, referencedTableNa...		\N	4.33.0	\N	\N	6513951164
pa-0.2.0-passkey-operations	passkey-autopilot	META-INF/passkey-autopilot/changelog-0.2.0.xml	2026-12-05 23:39:43.627222	2	EXECUTED	9:d328f038e32f4851afc8e9658910a20a	createTable tableName=PA_PASSKEY_OPERATION; createIndex indexName=IDX_PA_OPERATION_USER, tableName=PA_PASSKEY_OPERATION; createIndex indexName=IDX_PA_OPERATION_ENVIRONMENT, tableName=PA_PASSKEY_OPERATION; createIndex indexName=IDX_PA_OPERATION_STA...		\N	4.33.0	\N	\N	6513951164
pa-0.3.0-event-outbox	passkey-autopilot	META-INF/passkey-autopilot/changelog-0.3.0.xml	2026-12-05 23:39:43.694925	3	EXECUTED	9:557d7c964c5d6215ac15e26bf2cab020	createTable tableName=PA_EVENT_OUTBOX; createIndex indexName=IDX_PA_OUTBOX_DUE, tableName=PA_EVENT_OUTBOX; createIndex indexName=IDX_PA_OUTBOX_REALM, tableName=PA_EVENT_OUTBOX; createIndex indexName=IDX_PA_OUTBOX_DELIVERED, tableName=PA_EVENT_OUTB...		\N	4.33.0	\N	\N	6513951164
pa-0.3.1-outbox-lease-index	passkey-autopilot	META-INF/passkey-autopilot/changelog-0.3.1.xml	2026-12-05 23:39:43.718899	4	EXECUTED	9:869cff399a8fee9d909c224b272f109b	createIndex indexName=IDX_PA_OUTBOX_LEASE, tableName=PA_EVENT_OUTBOX		\N	4.33.0	\N	\N	6513951164
\.


--
-- Data for Name: databasechangeloglock; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangeloglock (id, locked, lockgranted, lockedby) FROM stdin;
1	f	\N	\N
1000	f	\N	\N
\.


--
-- Data for Name: default_client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.default_client_scope (realm_id, scope_id, default_scope) FROM stdin;
bf4e4554-5622-49a0-b8c7-978343c47dc7	b67d210f-8485-4c7c-a4b0-3f29bede3ed5	f
bf4e4554-5622-49a0-b8c7-978343c47dc7	ea1e12bd-cea7-4be7-b190-874632293e32	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	244fe9c0-af40-4803-8338-81c3f661a381	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	4443057d-01b3-41c1-953a-c3bd8432489c	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	6a8a712c-3cc9-44ae-b635-66de9b191b20	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	66931e2b-4eb0-4d9f-a181-44674318476e	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	2bf34e2b-528a-4400-b856-8cc3b484e34d	f
bf4e4554-5622-49a0-b8c7-978343c47dc7	646c0439-6d2d-4ded-a8f2-17c386c999a9	f
bf4e4554-5622-49a0-b8c7-978343c47dc7	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	3eb61530-ec15-4f7e-948f-05df64d1ceb3	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	29740dad-a68e-40dc-8a46-78f35d93fab8	f
bf4e4554-5622-49a0-b8c7-978343c47dc7	27cdfe0b-d490-4cbb-89f0-c818edb65817	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	dfe76445-ac73-4189-8b2f-3d18e7d699c5	t
bf4e4554-5622-49a0-b8c7-978343c47dc7	203f2131-dcfd-4681-9428-6de8c003ea0d	f
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b0f29e93-a3de-43cb-bc26-37161b62c255	f
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	123928fe-f435-4afc-bfa5-e28426048649	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	c380e594-c245-46ae-8810-dc30bf89ced2	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f899835f-13ba-4e53-938e-950a26160eed	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	98a5737b-4c14-4997-a058-d608e4640332	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	bbcdc0f3-c181-4403-9abb-5c908b6f08f7	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	7385fffe-1dde-4267-ae99-4853317fa375	f
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b4ae8271-1eb1-41bd-be02-60144abd827c	f
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	c56a8136-f3bc-4584-af03-d7be481553b4	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	12932a48-1b7f-40cb-91cc-39e32ae25ae2	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	b09ce238-2e9a-494e-9bb0-57597fb8eb10	f
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	bbb0f4e0-414f-479b-8ef8-53f36e107b43	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	2fd6e6cb-70bf-4f51-97a2-631237891c77	t
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	85e6c14f-0a65-4ff3-a502-d58b3d92cef6	f
\.


--
-- Data for Name: event_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_entity (id, client_id, details_json, error, ip_address, realm_id, session_id, event_time, type, user_id, details_json_long_value) FROM stdin;
bf3ecd95-f294-4dda-aba2-0f22a42ddbaf	account-console	\N	\N	127.0.0.1	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N	1796514023143	UPDATE_CREDENTIAL	6ed33d2b-fddf-485d-a00e-351de45308ab	{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_synced":"false","pa_os":"Other Unknown","custom_required_action":"passkey-autopilot-append","public_key_credential_id":"GB1EBs8SGv1LeHtipDIPGb_eDaso9bwMW6JXvaHkZSc","response_type":"code","pa_append_outcome":"created","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","public_key_credential_label":"Passkey (Other on Other)","response_mode":"query","credential_type":"webauthn-passwordless","auth_method":"openid-connect","public_key_credential_aaguid":"00000000-0000-0000-0000-000000000000","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice","credential_id":"4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc"}
9e98238d-37a3-46a8-9cbc-7f76e33ad7ab	account-console	\N	\N	127.0.0.1	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N	1796514023146	CUSTOM_REQUIRED_ACTION	6ed33d2b-fddf-485d-a00e-351de45308ab	{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_os":"Other Unknown","pa_decision_reasons":"no_passkeys","custom_required_action":"passkey-autopilot-append","response_type":"code","pa_append_outcome":"created","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","response_mode":"query","credential_type":"password","auth_method":"openid-connect","pa_login_method":"password","pa_decision":"fallback","pa_amr":"pwd","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice"}
2dbedf17-c632-4502-97ee-c66a40d04dbb	account-console	\N	\N	127.0.0.1	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5_8lQSTX70FSP5YVMOu3ufxx	1796514023180	LOGIN	6ed33d2b-fddf-485d-a00e-351de45308ab	{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_os":"Other Unknown","pa_decision_reasons":"no_passkeys","custom_required_action":"passkey-autopilot-append","response_type":"code","pa_append_outcome":"created","consent":"no_consent_required","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","response_mode":"query","credential_type":"password","auth_method":"openid-connect","pa_login_method":"password","pa_decision":"fallback","pa_amr":"pwd","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice"}
0d5f38b7-6a53-44c4-952a-924361deb584	account-console	\N	\N	127.0.0.1	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	GHidcezOica3Iwt2JtM84e38	1796514023726	LOGIN	6ed33d2b-fddf-485d-a00e-351de45308ab	{"pa_device_class":"desktop","web_authn_authenticator_user_verification_checked":"true","auth_type":"code","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_synced":"false","pa_os":"Other Unknown","pa_decision_reasons":"passkey_created_in_this_browser","public_key_credential_id":"GB1EBs8SGv1LeHtipDIPGb_eDaso9bwMW6JXvaHkZSc","response_type":"code","consent":"no_consent_required","code_id":"GHidcezOica3Iwt2JtM84e38","response_mode":"query","credential_type":"webauthn-passwordless","auth_method":"openid-connect","pa_login_method":"passkey_automatic","pa_decision":"auto_passkey","pa_amr":"hwk,user,mfa","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","username":"upgrade-alice"}
\.


--
-- Data for Name: fed_issued_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_issued_ver_credential (id, user_id, realm_id, storage_provider_id, ver_credential_id, issued_at, expires_at, client_id, revision) FROM stdin;
\.


--
-- Data for Name: fed_user_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_attribute (id, name, user_id, realm_id, storage_provider_id, value, long_value_hash, long_value_hash_lower_case, long_value) FROM stdin;
\.


--
-- Data for Name: fed_user_consent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_consent (id, client_id, user_id, realm_id, storage_provider_id, created_date, last_updated_date, client_storage_provider, external_client_id) FROM stdin;
\.


--
-- Data for Name: fed_user_consent_cl_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_consent_cl_scope (user_consent_id, scope_id, parameter) FROM stdin;
\.


--
-- Data for Name: fed_user_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_credential (id, salt, type, created_date, user_id, realm_id, storage_provider_id, user_label, secret_data, credential_data, priority) FROM stdin;
\.


--
-- Data for Name: fed_user_group_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_group_membership (group_id, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_required_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_required_action (required_action, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_role_mapping (role_id, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_ver_credential (id, user_id, realm_id, storage_provider_id, client_scope_id, revision, user_attributes, created_date, updated_date, version) FROM stdin;
\.


--
-- Data for Name: federated_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federated_identity (identity_provider, realm_id, federated_user_id, federated_username, token, user_id) FROM stdin;
\.


--
-- Data for Name: federated_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federated_user (id, storage_provider_id, realm_id) FROM stdin;
\.


--
-- Data for Name: group_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_attribute (id, name, value, group_id) FROM stdin;
\.


--
-- Data for Name: group_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_role_mapping (role_id, group_id) FROM stdin;
\.


--
-- Data for Name: identity_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider (internal_id, enabled, provider_alias, provider_id, store_token, authenticate_by_default, realm_id, add_token_role, trust_email, first_broker_login_flow_id, post_broker_login_flow_id, provider_display_name, link_only, organization_id, hide_on_login) FROM stdin;
\.


--
-- Data for Name: identity_provider_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider_config (identity_provider_id, value, name) FROM stdin;
\.


--
-- Data for Name: identity_provider_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider_mapper (id, name, idp_alias, idp_mapper_name, realm_id) FROM stdin;
\.


--
-- Data for Name: idp_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idp_mapper_config (idp_mapper_id, value, name) FROM stdin;
\.


--
-- Data for Name: issued_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.issued_ver_credential (id, user_id, ver_credential_id, issued_at, expires_at, client_id, revision) FROM stdin;
\.


--
-- Data for Name: jgroups_ping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jgroups_ping (address, name, cluster_name, ip, coord, last_update, coordinated_by) FROM stdin;
\.


--
-- Data for Name: keycloak_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.keycloak_group (id, name, parent_group, realm_id, type, description, org_id, created_timestamp, last_modified_timestamp) FROM stdin;
\.


--
-- Data for Name: keycloak_role; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.keycloak_role (id, client_realm_constraint, client_role, description, name, realm_id, client, realm) FROM stdin;
eec81825-a882-488a-8b87-34ba9d687220	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	${role_default-roles}	default-roles-master	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	\N
9efd04a5-a328-42da-8b44-a4deb8e2c86d	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	${role_admin}	admin	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	\N
fb417055-a260-4fe1-8855-c7b8a77fe7ea	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	${role_create-realm}	create-realm	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	\N
e3cb78df-5098-4743-9a6f-5d9bcfe63f12	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_create-client}	create-client	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
6ca61fcb-7585-4d7b-9217-c577c60fc350	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-realm}	view-realm	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
78187c30-98bd-45d7-a3cf-b4b253670bb2	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-users}	view-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
5c9b7ff4-bbe1-4a1d-8394-d56de4700db2	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-clients}	view-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
f5f6796d-ceb0-47ec-9372-cc370cc580cf	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-events}	view-events	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
46e928b5-d26c-4f6e-95ed-820d42371236	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-identity-providers}	view-identity-providers	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
653eb789-dadf-49b4-8cc6-f1a9d994bf3f	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-authorization}	view-authorization	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
54a63066-c87a-490c-85e5-e8baae2a51fb	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_view-organizations}	view-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
78d201ec-57bc-4c06-984a-7ce27c773415	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-realm}	manage-realm	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
d193ecd5-9cb3-4056-a031-5da8e2e63fbc	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-users}	manage-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
4d640c27-57a4-433b-ac8d-98ec83adf4e3	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-clients}	manage-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
2e2a61be-9ef6-42f8-88f4-d68076d32a15	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-events}	manage-events	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
8ffefe8e-4010-4e38-9671-a2edbc15bbfa	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-identity-providers}	manage-identity-providers	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
d93b74c2-e384-467d-a13d-c0f5a25c6bae	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-authorization}	manage-authorization	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
e689f6d4-e310-49f4-9e84-5a1e178b7904	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_manage-organizations}	manage-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
c24b5b7f-e4e0-4075-95fb-6b8451f2495d	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_query-users}	query-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
033d01d8-b01f-401b-b56c-895b5a53f318	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_query-clients}	query-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
162ce39a-a24e-4b46-b377-741dde1cd505	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_query-realms}	query-realms	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
06836914-7924-4d07-9777-7d2df8889c80	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_query-groups}	query-groups	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
d5648da8-1ff3-4d28-a786-06ad9d24a51c	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_query-organizations}	query-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
29f1acf8-c1f8-4703-926f-5c9fb30cdd1d	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_view-profile}	view-profile	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
7b624390-68a8-4458-b25e-c7e0f85d06c7	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_manage-account}	manage-account	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
64f3720e-34a9-4b9e-9a1d-3180515a1b9f	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_manage-account-links}	manage-account-links	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
ecd638e1-014e-4e3c-acae-cb07b56392c2	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_view-applications}	view-applications	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
02ed2a9c-848b-4c6f-bb42-c03d0cadbdd9	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_view-consent}	view-consent	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
009a8937-c9c9-4639-946a-6b1b2cb12789	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_manage-consent}	manage-consent	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
4419ae75-4648-40f0-9b31-a18292168d11	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_view-groups}	view-groups	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
6c21a4d4-cb58-422b-af5c-7ad047c977d3	196421f8-93ed-4e9c-a58e-244bfd17992c	t	${role_delete-account}	delete-account	bf4e4554-5622-49a0-b8c7-978343c47dc7	196421f8-93ed-4e9c-a58e-244bfd17992c	\N
5a781ad8-8fbb-47be-aafe-90158184f0b1	d9d7935b-046e-4943-bcba-870290875820	t	${role_read-token}	read-token	bf4e4554-5622-49a0-b8c7-978343c47dc7	d9d7935b-046e-4943-bcba-870290875820	\N
898702b1-d8e5-41e1-ad1a-d3e8690504e8	04003787-5de6-4e4b-8041-9c48d352d27a	t	${role_impersonation}	impersonation	bf4e4554-5622-49a0-b8c7-978343c47dc7	04003787-5de6-4e4b-8041-9c48d352d27a	\N
43d08281-7edb-4edd-99d4-6dafda73b976	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	${role_offline-access}	offline_access	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	\N
bda6bf3d-ffaa-4ea3-8630-98f1679200ec	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	${role_uma_authorization}	uma_authorization	bf4e4554-5622-49a0-b8c7-978343c47dc7	\N	\N
c2ba2e5e-c553-4a2d-a6de-500e69034e48	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f	${role_default-roles}	default-roles-pa-upgrade	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N	\N
c916c6db-3fd2-46b5-913d-c712ca76355f	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_create-client}	create-client	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
cfcb3b6c-7bbc-4fee-8d60-3b8958d14a3b	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-realm}	view-realm	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
017a93f2-9928-4d5a-8f87-9e722c93a8d8	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-users}	view-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
a695ab5e-1951-406e-96c5-e39589c9d784	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-clients}	view-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
46f7e6ac-65c5-43c9-8984-3516aafc037a	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-events}	view-events	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
ca5d5c58-2123-40ff-a83d-14e28f38dd41	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-identity-providers}	view-identity-providers	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
076ba38b-bfa7-42bc-9a43-fc02b03e212e	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-authorization}	view-authorization	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
5fe0af25-7451-4643-a5e9-1f8a71f6ebbc	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_view-organizations}	view-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
491d7e9b-02a1-4ca4-b2b0-780eac06dc6d	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-realm}	manage-realm	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
c40f52c7-85a1-4696-a737-a02d61da6315	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-users}	manage-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
a3960e8c-7624-42f9-a099-4e89c5aee9bc	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-clients}	manage-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
67c6f2d0-cb33-40b1-8464-eb791a69cbf2	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-events}	manage-events	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
d6e38ebe-37f3-4d21-b1a9-aee611284ee8	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-identity-providers}	manage-identity-providers	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
22a45122-1b50-461a-a109-07a659beab7a	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-authorization}	manage-authorization	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
823e110d-386e-4841-8271-b1806bd56272	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_manage-organizations}	manage-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
7dba2c69-6938-4539-982e-02ff4a8d3331	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_query-users}	query-users	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
cea064a6-4c15-4eec-8ea2-813c8ed6d53e	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_query-clients}	query-clients	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
476809bd-a0b0-4160-8413-e34e70979a68	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_query-realms}	query-realms	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
43d4d703-b11b-49de-9866-b788f481806c	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_query-groups}	query-groups	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
7a3f9111-5896-4f3c-b289-08ae28f2f13c	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_query-organizations}	query-organizations	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
60177d90-b20a-45eb-afb0-3ea0cb1785d6	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_realm-admin}	realm-admin	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
45378875-8d18-4c4e-bfe3-e6262d9ebc65	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_create-client}	create-client	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
f489a27d-542e-4570-b8fd-50ed083c7125	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-realm}	view-realm	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
1a47b7d8-65a8-4090-9d99-ec16a9619d06	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-users}	view-users	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
a34581f0-f3ca-4444-b9f9-c08892ee0170	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-clients}	view-clients	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
618351ce-8731-4557-9a9e-2774ca62069c	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-events}	view-events	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
8597d71b-07d2-4e93-b94c-ffee2543bc5c	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-identity-providers}	view-identity-providers	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
fdefb175-c3ba-48e7-b975-2ab8db5ea9d9	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-authorization}	view-authorization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
d06cfc72-9844-4af6-8a4f-4f32c5db52be	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_view-organizations}	view-organizations	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
1a4b5500-2ae3-4d2e-b969-d709e6617c7c	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-realm}	manage-realm	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
67c9f74a-ee9f-43de-825a-6f8148e5d757	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-users}	manage-users	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
58364b03-574b-423b-b53a-f2cb2a6a7737	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-clients}	manage-clients	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
55bee83d-9372-496b-81f4-23332fafee9b	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-events}	manage-events	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
7bf0f726-e775-4282-85a0-f95450a9ac4b	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-identity-providers}	manage-identity-providers	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
7627fe0f-dd7e-4dfe-a3b9-16e76395b20a	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-authorization}	manage-authorization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
00c6733c-a5e0-4663-8a9a-86f09eb646a8	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_manage-organizations}	manage-organizations	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
2e50b7ce-7ef2-442b-b9cf-a4e437431ef8	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_query-users}	query-users	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
d4683437-1a0b-4a9c-8db1-e42339d5895f	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_query-clients}	query-clients	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
2fafb4d9-f08f-430f-b73d-2975f9eb9829	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_query-realms}	query-realms	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
9918f1fa-dc89-4f3c-b71a-21100db0a99c	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_query-groups}	query-groups	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
90a933ab-4c1a-4a14-b85a-ee80995f6431	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_query-organizations}	query-organizations	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
3f031816-7e6e-4998-a845-b07097572193	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_view-profile}	view-profile	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
501267f7-3378-4ac6-80ee-1c02c9c75f0c	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_manage-account}	manage-account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
6459e22b-43ad-463e-9b9b-baeda5236b80	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_manage-account-links}	manage-account-links	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
5cf778a8-0d3b-45bc-a7a2-92239e057d73	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_view-applications}	view-applications	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
7f5b51e0-e932-4ebe-9513-db9842f89a98	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_view-consent}	view-consent	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
84b90673-f974-4a0b-8c52-744f9b59f943	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_manage-consent}	manage-consent	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
4cf545cb-77c1-4c5e-ac7c-5823a1d53275	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_view-groups}	view-groups	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
c0706953-a3d5-47d9-8750-0effa9ccc2b7	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	t	${role_delete-account}	delete-account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	\N
d6fc8057-17a7-4d65-b82a-51c8b0a516c8	19bdb631-7c01-400c-88fc-469d04e0e34d	t	${role_impersonation}	impersonation	bf4e4554-5622-49a0-b8c7-978343c47dc7	19bdb631-7c01-400c-88fc-469d04e0e34d	\N
ff52eada-4fb2-41f7-ae5d-822632ebb641	83568f5c-e694-4a5f-952b-0288e10fafa9	t	${role_impersonation}	impersonation	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	83568f5c-e694-4a5f-952b-0288e10fafa9	\N
0afb2760-9090-4f5b-b311-38da071bb367	3f624712-0d93-4bf3-9766-25c66857a3e6	t	${role_read-token}	read-token	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	3f624712-0d93-4bf3-9766-25c66857a3e6	\N
a41d6516-1679-4072-a90d-8c75fff8d95e	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f	${role_offline-access}	offline_access	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N	\N
d81f7511-6b2f-4d45-9bda-1ba5744b2756	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f	${role_uma_authorization}	uma_authorization	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	\N	\N
edea72ac-52ee-4327-9ba6-1000cc528483	41cbd3d9-658e-4f73-ab92-d59071b78a47	t	Read users' passkeys, MFA status and passkey timeline	support-viewer	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	41cbd3d9-658e-4f73-ab92-d59071b78a47	\N
917bc450-a6a3-4f39-a8fa-8e08d59b28f0	41cbd3d9-658e-4f73-ab92-d59071b78a47	t	Read passkey adoption and login reports	support-analytics	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	41cbd3d9-658e-4f73-ab92-d59071b78a47	\N
7eadf560-74ba-4b8c-b42a-4b780e20a799	41cbd3d9-658e-4f73-ab92-d59071b78a47	t	Viewer, plus revoke passkeys, reset MFA, send the passkey set-up email	support-agent	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	41cbd3d9-658e-4f73-ab92-d59071b78a47	\N
52cf2ac5-63a0-48e7-81f8-4a5f66e2a433	41cbd3d9-658e-4f73-ab92-d59071b78a47	t	Every support role, and the extension's configuration	support-admin	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	41cbd3d9-658e-4f73-ab92-d59071b78a47	\N
\.


--
-- Data for Name: login_failure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_failure (realm_id, user_id, failed_login_not_before, num_failures, num_temporary_lockouts, last_failure, last_ip_failure, num_secondary_auth_failures) FROM stdin;
\.


--
-- Data for Name: migration_model; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.migration_model (id, version, update_time) FROM stdin;
6p3hw	26.7.3	1796513988
\.


--
-- Data for Name: offline_client_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.offline_client_session (user_session_id, client_id, offline_flag, "timestamp", data, client_storage_provider, external_client_id, version, realm_id) FROM stdin;
tRqgVuCmDLyaRZUdbPpLEKVd	a483d1a5-2d06-4957-8efc-c38bb080df2b	0	1796514007	{"authMethod":"openid-connect","notes":{"clientId":"a483d1a5-2d06-4957-8efc-c38bb080df2b","userSessionStartedAt":"1796514006","iss":"http://localhost:41579/realms/master","startedAt":"1796514006","level-of-authentication":"-1"}}	local	local	0	bf4e4554-5622-49a0-b8c7-978343c47dc7
5_8lQSTX70FSP5YVMOu3ufxx	abb5ee42-22ce-4439-a6d4-d827887cdc03	0	1796514023	{"authMethod":"openid-connect","redirectUri":"http://localhost:41579/realms/pa-upgrade/account/","notes":{"clientId":"abb5ee42-22ce-4439-a6d4-d827887cdc03","iss":"http://localhost:41579/realms/pa-upgrade","startedAt":"1796514023","response_type":"code","level-of-authentication":"-1","code_challenge_method":"S256","nonce":"JfMbonSt75JHj0OZoFlJi2PjmDwop8T9drr7kxYzVtM","scope":"openid","userSessionStartedAt":"1796514023","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","state":"IqPJhqSRRJ4BZF2IQ1ajPD2K3LM6_x8qNZoWjSz7MOU","code_challenge":"C2vI1tDJmEBSEgxkCGHBDny-BwfWZWtBKLgisgD6V_M"}}	local	local	0	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
GHidcezOica3Iwt2JtM84e38	abb5ee42-22ce-4439-a6d4-d827887cdc03	0	1796514023	{"authMethod":"openid-connect","redirectUri":"http://localhost:41579/realms/pa-upgrade/account/","notes":{"clientId":"abb5ee42-22ce-4439-a6d4-d827887cdc03","iss":"http://localhost:41579/realms/pa-upgrade","startedAt":"1796514023","response_type":"code","level-of-authentication":"2","code_challenge_method":"S256","nonce":"aqxOV9e14hRtdJ1k_5dEJ-brms9dpSpyBL0894CAbIE","scope":"openid","userSessionStartedAt":"1796514023","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","state":"gwv_DxPQ2ypi54bstT0sroSOIllHpa4p5OUw2skoRwo","code_challenge":"vAk1w-d8ksg3b8mmMzO3QQDSBMG-2TkxW1VXESwmqL0"}}	local	local	0	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
\.


--
-- Data for Name: offline_user_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.offline_user_session (user_session_id, user_id, realm_id, created_on, offline_flag, data, last_session_refresh, broker_session_id, version, remember_me) FROM stdin;
tRqgVuCmDLyaRZUdbPpLEKVd	03afad50-02df-43b8-9f8d-aa67cc1f81d1	bf4e4554-5622-49a0-b8c7-978343c47dc7	1796514006	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","authenticators-completed":"{\\"508f8bf4-1f50-4013-8548-95bf7570ebe5\\":1796514006,\\"9534c831-1ee4-4655-8cc8-8b5ac030fa60\\":1796514006}"},"state":"LOGGED_IN"}	1796514007	\N	0	f
5_8lQSTX70FSP5YVMOu3ufxx	6ed33d2b-fddf-485d-a00e-351de45308ab	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	1796514023	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"pa.amr.bb64c06a-17fa-4ee5-82c4-e8036defe6d9":"pwd","KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","AUTH_TIME":"1796514023","authenticators-completed":"{\\"bb64c06a-17fa-4ee5-82c4-e8036defe6d9\\":1796514022}"},"state":"LOGGED_IN"}	1796514023	\N	0	f
GHidcezOica3Iwt2JtM84e38	6ed33d2b-fddf-485d-a00e-351de45308ab	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	1796514023	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"pa.amr.bb64c06a-17fa-4ee5-82c4-e8036defe6d9":"hwk,user,mfa","KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","loa-map":"{\\"2\\":1796514023}","AUTH_TIME":"1796514023","authenticators-completed":"{\\"bb64c06a-17fa-4ee5-82c4-e8036defe6d9\\":1796514023}"},"state":"LOGGED_IN"}	1796514023	\N	0	f
\.


--
-- Data for Name: org; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org (id, enabled, realm_id, group_id, name, description, alias, redirect_url) FROM stdin;
\.


--
-- Data for Name: org_domain; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_domain (id, name, verified, org_id) FROM stdin;
\.


--
-- Data for Name: org_invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_invitation (id, organization_id, email, first_name, last_name, created_at, expires_at, invite_link) FROM stdin;
\.


--
-- Data for Name: outbox_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox_entry (id, entry_kind, realm_id, owner_id, container_id, correlation_id, entry_type, payload, metadata, status, attempts, next_attempt_at, last_error, created_at, delivered_at) FROM stdin;
\.


--
-- Data for Name: pa_event_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pa_event_outbox (id, event_id, realm_id, sink, created_at, payload, status, attempts, next_attempt_at, lease_owner, lease_until, last_error, delivered_at) FROM stdin;
b688eba9-9f68-4ce2-bc60-911d8715be6a	2dbedf17-c632-4502-97ee-c66a40d04dbb	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023180	{"schemaVersion":1,"id":"2dbedf17-c632-4502-97ee-c66a40d04dbb","time":1796514023180,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"LOGIN","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","username":"upgrade-alice","sessionId":"5_8lQSTX70FSP5YVMOu3ufxx","clientId":"account-console","ipAddress":"127.0.0.1","details":{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_os":"Other Unknown","pa_decision_reasons":"no_passkeys","custom_required_action":"passkey-autopilot-append","response_type":"code","pa_append_outcome":"created","consent":"no_consent_required","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","response_mode":"query","credential_type":"password","auth_method":"openid-connect","pa_login_method":"password","pa_decision":"fallback","pa_amr":"pwd","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice"}}	PENDING	1	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
571221da-89e5-4ff0-90f4-f340a0a048db	09ee02a2-dfe6-43cf-951a-ea4f2e13c0c7	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514016034	{"schemaVersion":1,"id":"09ee02a2-dfe6-43cf-951a-ea4f2e13c0c7","time":1796514016034,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"ADMIN_UPDATE","category":"ADMIN","outcome":"SUCCESS","clientId":"a483d1a5-2d06-4957-8efc-c38bb080df2b","ipAddress":"127.0.0.1","details":{"resource_type":"PASSKEY_AUTOPILOT_ROLLOUT","resource_path":"passkey-autopilot/rollout","pa_actor":"03afad50-02df-43b8-9f8d-aa67cc1f81d1","pa_actor_realm":"bf4e4554-5622-49a0-b8c7-978343c47dc7","representation":"{\\"before\\":{\\"features\\":{\\"login\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"append\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"second-factor\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"passkey-list\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]}},\\"experiments\\":[]},\\"after\\":{\\"salt\\":\\"9593RTZZMT4ernNkpzD19w\\",\\"features\\":{\\"login\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"append\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"second-factor\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]},\\"passkey-list\\":{\\"enabled\\":true,\\"default\\":\\"allow\\",\\"rules\\":[]}},\\"experiments\\":[{\\"name\\":\\"append-copy\\",\\"feature\\":\\"append\\",\\"kind\\":\\"copy\\",\\"arms\\":[{\\"name\\":\\"A\\",\\"weight\\":50},{\\"name\\":\\"B\\",\\"weight\\":50}]}]}}"}}	PENDING	3	1796514024007	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
14a541c4-a077-4691-9a05-c1a0e8d3a84d	06b65a22-cbbf-4e23-920e-844f7b0ee4e0	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514015957	{"schemaVersion":1,"id":"06b65a22-cbbf-4e23-920e-844f7b0ee4e0","time":1796514015957,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"ADMIN_UPDATE","category":"ADMIN","outcome":"SUCCESS","clientId":"a483d1a5-2d06-4957-8efc-c38bb080df2b","ipAddress":"127.0.0.1","details":{"resource_type":"PASSKEY_AUTOPILOT_SIEM","resource_path":"passkey-autopilot/siem","pa_actor":"03afad50-02df-43b8-9f8d-aa67cc1f81d1","pa_actor_realm":"bf4e4554-5622-49a0-b8c7-978343c47dc7","representation":"{\\"before\\":{\\"sinks\\":[]},\\"after\\":{\\"sinks\\":[{\\"name\\":\\"hook\\",\\"type\\":\\"webhook\\",\\"format\\":\\"json\\",\\"enabled\\":true,\\"batchSize\\":500,\\"privacy\\":{\\"hashUserIds\\":false,\\"dropIpAddresses\\":false},\\"mode\\":\\"standard\\",\\"url\\":\\"http://127.0.0.1:9/events\\",\\"secret\\":\\"********\\",\\"connectTimeoutMs\\":5000,\\"requestTimeoutMs\\":2000}]}}"}}	PENDING	3	1796514024007	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
48e8858c-4539-4aeb-8b5d-330f53305fcb	f5f44885-4508-4aa6-bbc2-dd93ec6546f7	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514021743	{"schemaVersion":1,"id":"f5f44885-4508-4aa6-bbc2-dd93ec6546f7","time":1796514021743,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_LOGIN_ENDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"ad8ff528-c52e-4ac1-9d17-ce796d9f6833","pa_operation_kind":"login","pa_decision":"fallback","pa_decision_reasons":"no_passkeys","pa_automatic":"false","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_outcome":"not_offered"}}	PENDING	3	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
5e2f5b1b-2024-41cd-8dcc-f7c1c0f260d9	9e98238d-37a3-46a8-9cbc-7f76e33ad7ab	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023146	{"schemaVersion":1,"id":"9e98238d-37a3-46a8-9cbc-7f76e33ad7ab","time":1796514023146,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"CUSTOM_REQUIRED_ACTION","category":"ACCOUNT_CHANGE","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","username":"upgrade-alice","clientId":"account-console","ipAddress":"127.0.0.1","details":{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_os":"Other Unknown","pa_decision_reasons":"no_passkeys","custom_required_action":"passkey-autopilot-append","response_type":"code","pa_append_outcome":"created","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","response_mode":"query","credential_type":"password","auth_method":"openid-connect","pa_login_method":"password","pa_decision":"fallback","pa_amr":"pwd","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice"}}	PENDING	1	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
17baff56-918b-4e6f-b653-712c3319b9f2	8bfb587f-113b-482a-a874-323b8a8a1726	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514021742	{"schemaVersion":1,"id":"8bfb587f-113b-482a-a874-323b8a8a1726","time":1796514021742,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_LOGIN_DECIDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"ad8ff528-c52e-4ac1-9d17-ce796d9f6833","pa_operation_kind":"login","pa_decision":"fallback","pa_decision_reasons":"no_passkeys","pa_automatic":"false","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_decision_micros":"1507"}}	PENDING	3	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
8b490050-1748-498b-abb1-ac41a147bb52	607ae123-74e0-48d7-a028-17e54095d914	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514022283	{"schemaVersion":1,"id":"607ae123-74e0-48d7-a028-17e54095d914","time":1796514022283,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_APPEND_DECIDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"2d687221-1d03-4794-95b4-da50f51821aa","pa_operation_kind":"append","pa_decision":"offer","pa_decision_reasons":"offer,no_passkeys","pa_automatic":"false","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_decision_micros":"3712"}}	PENDING	2	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
10868f82-4278-4145-8823-5e3707e461b5	5068355b-a6ce-4413-9a6a-bb57a42d8cc0	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023434	{"schemaVersion":1,"id":"5068355b-a6ce-4413-9a6a-bb57a42d8cc0","time":1796514023434,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_LOGIN_DECIDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"73248d98-bcc1-4e3f-81d1-ea8839f851d3","pa_operation_kind":"login","pa_decision":"auto_passkey","pa_decision_reasons":"passkey_created_in_this_browser","pa_automatic":"true","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_decision_micros":"114990"}}	PENDING	0	1796514023434	\N	\N	\N	\N
bd88b8c5-850f-4b5a-8b37-851ad08f9678	3238796e-3a84-4004-ad51-9718e05028a1	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023693	{"schemaVersion":1,"id":"3238796e-3a84-4004-ad51-9718e05028a1","time":1796514023693,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_LOGIN_ENDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"73248d98-bcc1-4e3f-81d1-ea8839f851d3","pa_operation_kind":"login","pa_decision":"auto_passkey","pa_decision_reasons":"passkey_created_in_this_browser","pa_automatic":"true","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_outcome":"success","credential_id":"4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc"}}	PENDING	0	1796514023693	\N	\N	\N	\N
3574b1b6-8c96-41b8-878a-475c35bdd7ca	0d5f38b7-6a53-44c4-952a-924361deb584	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023726	{"schemaVersion":1,"id":"0d5f38b7-6a53-44c4-952a-924361deb584","time":1796514023726,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"LOGIN","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","username":"upgrade-alice","sessionId":"GHidcezOica3Iwt2JtM84e38","clientId":"account-console","ipAddress":"127.0.0.1","details":{"pa_device_class":"desktop","web_authn_authenticator_user_verification_checked":"true","auth_type":"code","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_synced":"false","pa_os":"Other Unknown","pa_decision_reasons":"passkey_created_in_this_browser","public_key_credential_id":"GB1EBs8SGv1LeHtipDIPGb_eDaso9bwMW6JXvaHkZSc","response_type":"code","consent":"no_consent_required","code_id":"GHidcezOica3Iwt2JtM84e38","response_mode":"query","credential_type":"webauthn-passwordless","auth_method":"openid-connect","pa_login_method":"passkey_automatic","pa_decision":"auto_passkey","pa_amr":"hwk,user,mfa","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","username":"upgrade-alice"}}	PENDING	0	1796514023726	\N	\N	\N	\N
e972b349-b167-4a9a-91b9-21fbd7394d3e	bf3ecd95-f294-4dda-aba2-0f22a42ddbaf	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023143	{"schemaVersion":1,"id":"bf3ecd95-f294-4dda-aba2-0f22a42ddbaf","time":1796514023143,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"UPDATE_CREDENTIAL","category":"ACCOUNT_CHANGE","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","username":"upgrade-alice","clientId":"account-console","ipAddress":"127.0.0.1","details":{"pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_browser":"Other Unknown","pa_synced":"false","pa_os":"Other Unknown","custom_required_action":"passkey-autopilot-append","public_key_credential_id":"GB1EBs8SGv1LeHtipDIPGb_eDaso9bwMW6JXvaHkZSc","response_type":"code","pa_append_outcome":"created","code_id":"5_8lQSTX70FSP5YVMOu3ufxx","public_key_credential_label":"Passkey (Other on Other)","response_mode":"query","credential_type":"webauthn-passwordless","auth_method":"openid-connect","public_key_credential_aaguid":"00000000-0000-0000-0000-000000000000","redirect_uri":"http://localhost:41579/realms/pa-upgrade/account/","remember_me":"false","username":"upgrade-alice","credential_id":"4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc"}}	PENDING	1	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
9fd3da2d-509b-404b-a719-cd820c0015fe	17fd2fd7-c883-4a80-ab2d-e935ebd632ec	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	hook	1796514023143	{"schemaVersion":1,"id":"17fd2fd7-c883-4a80-ab2d-e935ebd632ec","time":1796514023143,"realmId":"faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6","realmName":"pa-upgrade","type":"PASSKEY_APPEND_ENDED","category":"AUTHENTICATION","outcome":"SUCCESS","userId":"6ed33d2b-fddf-485d-a00e-351de45308ab","details":{"pa_operation_id":"2d687221-1d03-4794-95b4-da50f51821aa","pa_operation_kind":"append","pa_decision":"offer","pa_decision_reasons":"offer,no_passkeys","pa_automatic":"false","pa_os":"Other Unknown","pa_browser":"Other Unknown","pa_device_class":"desktop","pa_experiments":"append-copy:A","pa_outcome":"success","credential_id":"4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc"}}	PENDING	1	1796514023743	\N	\N	webhook http://127.0.0.1:9: cannot connect	\N
\.


--
-- Data for Name: pa_passkey_details; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pa_passkey_details (credential_id, realm_id, user_id, backup_eligible, backup_state, attachment, transports, created_os, created_os_version, created_browser, created_browser_version, created_device_class, created_device_marker, created_at, last_used_at, last_used_device_marker, use_count, clone_suspected_at) FROM stdin;
4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6ed33d2b-fddf-485d-a00e-351de45308ab	f	f	platform	hybrid,internal	Other	Unknown	Other	Unknown	desktop	http-test-device-0001	1796514023138	1796514023690	http-test-device-0001	1	\N
\.


--
-- Data for Name: pa_passkey_operation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pa_passkey_operation (id, realm_id, user_id, kind, started_at, duration_ms, outcome, decision, decision_reasons, decision_micros, automatic, environment_key, os_family, os_version, browser_family, browser_version, device_class, device_marker, credential_id) FROM stdin;
ad8ff528-c52e-4ac1-9d17-ce796d9f6833	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6ed33d2b-fddf-485d-a00e-351de45308ab	login	1796514021740	\N	not_offered	fallback	no_passkeys	1507	f	Other|Other	Other	Unknown	Other	Unknown	desktop	http-test-device-0001	\N
2d687221-1d03-4794-95b4-da50f51821aa	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6ed33d2b-fddf-485d-a00e-351de45308ab	append	1796514022283	\N	success	offer	offer,no_passkeys	3712	f	Other|Other	Other	Unknown	Other	Unknown	desktop	http-test-device-0001	4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc
73248d98-bcc1-4e3f-81d1-ea8839f851d3	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	6ed33d2b-fddf-485d-a00e-351de45308ab	login	1796514023434	\N	success	auto_passkey	passkey_created_in_this_browser	114990	t	Other|Other	Other	Unknown	Other	Unknown	desktop	http-test-device-0001	4d20c7e4-65ad-412a-9cbd-82c3a6c7ccdc
\.


--
-- Data for Name: pa_siem_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pa_siem_config (realm_id, config, updated_at) FROM stdin;
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	{"sinks":[{"name":"hook","type":"webhook","format":"json","enabled":true,"batchSize":500,"privacy":{"hashUserIds":false,"dropIpAddresses":false},"mode":"standard","url":"http://127.0.0.1:9/events","secret":"whsec_TkDeKGVtNvAZlPrySrGykK88s7tH1uJ25SJ66sjAUzU=","connectTimeoutMs":5000,"requestTimeoutMs":2000}]}	1796514015956
\.


--
-- Data for Name: policy_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.policy_config (policy_id, name, value) FROM stdin;
\.


--
-- Data for Name: protocol_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.protocol_mapper (id, name, protocol, protocol_mapper_name, client_id, client_scope_id) FROM stdin;
21a502bb-943f-4d2d-8d23-fbe9e87f5960	audience resolve	openid-connect	oidc-audience-resolve-mapper	32ce77da-9ff2-486a-af94-664fcf4042bd	\N
e98d8d49-a04f-45a2-b369-16f854e43f74	locale	openid-connect	oidc-usermodel-attribute-mapper	53750c90-0658-4f7c-be38-e787fef54463	\N
7e0827ba-3260-47d2-9af0-f9793db53056	role list	saml	saml-role-list-mapper	\N	ea1e12bd-cea7-4be7-b190-874632293e32
4167454d-6f07-47f7-85ac-0fbbce222f25	organization	saml	saml-organization-membership-mapper	\N	244fe9c0-af40-4803-8338-81c3f661a381
26410922-4efe-480a-8587-782359f5c474	AuthnContextClassRef	saml	saml-authn-context-class-ref-mapper	\N	4443057d-01b3-41c1-953a-c3bd8432489c
16cece50-1113-4219-9a60-1edcc9fa8382	full name	openid-connect	oidc-full-name-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
9779eb26-d072-4814-b3b9-d21efd81fa6e	family name	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
d4561494-6453-4878-8418-3ce2c91ff370	given name	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
57b96dbc-39e0-43bd-806f-233066bbfc49	middle name	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	nickname	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	username	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
7540d215-efb6-4017-87cd-38fab08dcf77	profile	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	picture	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
02f7f704-e874-4bdc-870b-261ea709959d	website	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
a115a57a-1ea1-4af2-8b42-8cc435784ba8	gender	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
2efc370a-0de3-4cb3-b823-a6a1f65ee589	birthdate	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	zoneinfo	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
5cef0b78-3a20-402f-a411-b66944142b9a	locale	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
285a3d13-2030-46aa-ac81-8b6652d3a143	updated at	openid-connect	oidc-usermodel-attribute-mapper	\N	6a8a712c-3cc9-44ae-b635-66de9b191b20
aa0dca28-cc4f-467c-8933-96a6fd554ba8	email	openid-connect	oidc-usermodel-attribute-mapper	\N	66931e2b-4eb0-4d9f-a181-44674318476e
eb2a26ab-a133-465b-94f6-6462ff6affd5	email verified	openid-connect	oidc-usermodel-property-mapper	\N	66931e2b-4eb0-4d9f-a181-44674318476e
bc87a9a1-8539-40b0-8387-bb050b3dba31	address	openid-connect	oidc-address-mapper	\N	2bf34e2b-528a-4400-b856-8cc3b484e34d
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	phone number	openid-connect	oidc-usermodel-attribute-mapper	\N	646c0439-6d2d-4ded-a8f2-17c386c999a9
fbbe5281-adad-4d46-ba82-4ff210936afc	phone number verified	openid-connect	oidc-usermodel-attribute-mapper	\N	646c0439-6d2d-4ded-a8f2-17c386c999a9
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	realm roles	openid-connect	oidc-usermodel-realm-role-mapper	\N	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd
9be21764-edbf-43ae-92be-f96fd960a792	client roles	openid-connect	oidc-usermodel-client-role-mapper	\N	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd
b2d6ad9f-a420-478d-807e-c0ecb30fbba1	audience resolve	openid-connect	oidc-audience-resolve-mapper	\N	51d73c4a-2921-494e-a67b-1cfbbbd6a2fd
28a44a8f-1369-45e0-a350-c8f75f9a74e4	allowed web origins	openid-connect	oidc-allowed-origins-mapper	\N	3eb61530-ec15-4f7e-948f-05df64d1ceb3
a08d611e-2a59-4602-8170-1fc010f5a9c3	upn	openid-connect	oidc-usermodel-attribute-mapper	\N	29740dad-a68e-40dc-8a46-78f35d93fab8
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	groups	openid-connect	oidc-usermodel-realm-role-mapper	\N	29740dad-a68e-40dc-8a46-78f35d93fab8
1871eff1-edd9-4fcc-b22e-4fe0792f1c82	acr loa level	openid-connect	oidc-acr-mapper	\N	27cdfe0b-d490-4cbb-89f0-c818edb65817
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	auth_time	openid-connect	oidc-usersessionmodel-note-mapper	\N	dfe76445-ac73-4189-8b2f-3d18e7d699c5
207b2066-c79d-4f1b-a829-cec055af9aa3	sub	openid-connect	oidc-sub-mapper	\N	dfe76445-ac73-4189-8b2f-3d18e7d699c5
c410b52e-d28f-4763-9c87-108588bc141e	Client ID	openid-connect	oidc-usersessionmodel-note-mapper	\N	44e9e063-795c-4093-a5cc-8748169f73e8
88e41f80-84a3-46d5-9ece-93f36a3dba88	Client Host	openid-connect	oidc-usersessionmodel-note-mapper	\N	44e9e063-795c-4093-a5cc-8748169f73e8
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	Client IP Address	openid-connect	oidc-usersessionmodel-note-mapper	\N	44e9e063-795c-4093-a5cc-8748169f73e8
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	organization	openid-connect	oidc-organization-membership-mapper	\N	203f2131-dcfd-4681-9428-6de8c003ea0d
d619f072-9862-4f46-b7b2-937627fdc8fd	audience resolve	openid-connect	oidc-audience-resolve-mapper	abb5ee42-22ce-4439-a6d4-d827887cdc03	\N
62a18383-c24c-48b2-a12b-1a188f87bd6a	role list	saml	saml-role-list-mapper	\N	123928fe-f435-4afc-bfa5-e28426048649
4aca9712-25d0-4cfc-b6aa-f2845c6dd0fc	organization	saml	saml-organization-membership-mapper	\N	c380e594-c245-46ae-8810-dc30bf89ced2
b68bb062-43ff-409d-9df9-c88c08a4ec4d	AuthnContextClassRef	saml	saml-authn-context-class-ref-mapper	\N	f899835f-13ba-4e53-938e-950a26160eed
b2ee1277-a9de-4ebd-82cb-72d69c19488a	full name	openid-connect	oidc-full-name-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
22c806b2-4446-42d4-b6ce-7f044ae18191	family name	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
bd58c2f9-6385-4ed6-a44e-163511dc8724	given name	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
70353118-9aaf-4032-ba84-0f1de547ef19	middle name	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
9950cb6a-c240-41ee-8adc-853504ae86d8	nickname	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
f2913e68-334c-42b4-b575-460b77d3a997	username	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
5b47379c-99a0-460c-8e4f-e8eefce49615	profile	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
473787e9-4d9b-41f0-81c5-5d5024c00b3b	picture	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
06908b6e-ac17-42df-9337-eb203e6de325	website	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
a6d4b66e-f855-4868-971c-6d8cd8b424b6	gender	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	birthdate	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
3617107c-d56d-438c-b5a9-b69544e3979a	zoneinfo	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
4f060ace-d71f-4cb0-acc4-21009922b1b7	locale	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
b0a126a2-e7c9-4366-b330-596073173dfb	updated at	openid-connect	oidc-usermodel-attribute-mapper	\N	98a5737b-4c14-4997-a058-d608e4640332
1728f4f4-494e-43f0-8750-754c6e1cc3f2	email	openid-connect	oidc-usermodel-attribute-mapper	\N	bbcdc0f3-c181-4403-9abb-5c908b6f08f7
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	email verified	openid-connect	oidc-usermodel-property-mapper	\N	bbcdc0f3-c181-4403-9abb-5c908b6f08f7
43f89d4e-1587-45bb-9788-83592e37798b	address	openid-connect	oidc-address-mapper	\N	7385fffe-1dde-4267-ae99-4853317fa375
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	phone number	openid-connect	oidc-usermodel-attribute-mapper	\N	b4ae8271-1eb1-41bd-be02-60144abd827c
cb811d0d-15cd-47fe-af6f-4564aa201c0e	phone number verified	openid-connect	oidc-usermodel-attribute-mapper	\N	b4ae8271-1eb1-41bd-be02-60144abd827c
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	realm roles	openid-connect	oidc-usermodel-realm-role-mapper	\N	c56a8136-f3bc-4584-af03-d7be481553b4
d3cb1868-1203-4293-8289-fa4832e6d971	client roles	openid-connect	oidc-usermodel-client-role-mapper	\N	c56a8136-f3bc-4584-af03-d7be481553b4
e907b610-1b6c-4121-9f2a-3f4b941bd23c	audience resolve	openid-connect	oidc-audience-resolve-mapper	\N	c56a8136-f3bc-4584-af03-d7be481553b4
708bddf0-427a-45df-b99f-2f651539ae69	allowed web origins	openid-connect	oidc-allowed-origins-mapper	\N	12932a48-1b7f-40cb-91cc-39e32ae25ae2
11f4dc8b-7a3f-4939-b204-58b272d4781a	upn	openid-connect	oidc-usermodel-attribute-mapper	\N	b09ce238-2e9a-494e-9bb0-57597fb8eb10
18995422-d4a9-4938-ba6f-6831e4c0db1d	groups	openid-connect	oidc-usermodel-realm-role-mapper	\N	b09ce238-2e9a-494e-9bb0-57597fb8eb10
8b2a0b5c-dbaa-4591-8322-a0e975985525	acr loa level	openid-connect	oidc-acr-mapper	\N	bbb0f4e0-414f-479b-8ef8-53f36e107b43
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	auth_time	openid-connect	oidc-usersessionmodel-note-mapper	\N	2fd6e6cb-70bf-4f51-97a2-631237891c77
2df92ec9-ed58-4b37-8dee-5ff733d36665	sub	openid-connect	oidc-sub-mapper	\N	2fd6e6cb-70bf-4f51-97a2-631237891c77
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	Client ID	openid-connect	oidc-usersessionmodel-note-mapper	\N	ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	Client Host	openid-connect	oidc-usersessionmodel-note-mapper	\N	ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc
fbbd6090-fc21-4bad-924f-55f3e9d475a0	Client IP Address	openid-connect	oidc-usersessionmodel-note-mapper	\N	ee011084-2246-4f7c-b4e9-d4c3fe9cc1bc
89d3b791-30b4-4cbe-8129-1907b8cbedff	organization	openid-connect	oidc-organization-membership-mapper	\N	85e6c14f-0a65-4ff3-a502-d58b3d92cef6
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	locale	openid-connect	oidc-usermodel-attribute-mapper	8d16d558-5faf-436a-926d-736747ca6339	\N
\.


--
-- Data for Name: protocol_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.protocol_mapper_config (protocol_mapper_id, value, name) FROM stdin;
e98d8d49-a04f-45a2-b369-16f854e43f74	true	introspection.token.claim
e98d8d49-a04f-45a2-b369-16f854e43f74	true	userinfo.token.claim
e98d8d49-a04f-45a2-b369-16f854e43f74	locale	user.attribute
e98d8d49-a04f-45a2-b369-16f854e43f74	true	id.token.claim
e98d8d49-a04f-45a2-b369-16f854e43f74	true	access.token.claim
e98d8d49-a04f-45a2-b369-16f854e43f74	locale	claim.name
e98d8d49-a04f-45a2-b369-16f854e43f74	String	jsonType.label
7e0827ba-3260-47d2-9af0-f9793db53056	false	single
7e0827ba-3260-47d2-9af0-f9793db53056	Basic	attribute.nameformat
7e0827ba-3260-47d2-9af0-f9793db53056	Role	attribute.name
02f7f704-e874-4bdc-870b-261ea709959d	true	introspection.token.claim
02f7f704-e874-4bdc-870b-261ea709959d	true	userinfo.token.claim
02f7f704-e874-4bdc-870b-261ea709959d	website	user.attribute
02f7f704-e874-4bdc-870b-261ea709959d	true	id.token.claim
02f7f704-e874-4bdc-870b-261ea709959d	true	access.token.claim
02f7f704-e874-4bdc-870b-261ea709959d	website	claim.name
02f7f704-e874-4bdc-870b-261ea709959d	String	jsonType.label
16cece50-1113-4219-9a60-1edcc9fa8382	true	introspection.token.claim
16cece50-1113-4219-9a60-1edcc9fa8382	true	userinfo.token.claim
16cece50-1113-4219-9a60-1edcc9fa8382	true	id.token.claim
16cece50-1113-4219-9a60-1edcc9fa8382	true	access.token.claim
285a3d13-2030-46aa-ac81-8b6652d3a143	true	introspection.token.claim
285a3d13-2030-46aa-ac81-8b6652d3a143	true	userinfo.token.claim
285a3d13-2030-46aa-ac81-8b6652d3a143	updatedAt	user.attribute
285a3d13-2030-46aa-ac81-8b6652d3a143	true	id.token.claim
285a3d13-2030-46aa-ac81-8b6652d3a143	true	access.token.claim
285a3d13-2030-46aa-ac81-8b6652d3a143	updated_at	claim.name
285a3d13-2030-46aa-ac81-8b6652d3a143	long	jsonType.label
2efc370a-0de3-4cb3-b823-a6a1f65ee589	true	introspection.token.claim
2efc370a-0de3-4cb3-b823-a6a1f65ee589	true	userinfo.token.claim
2efc370a-0de3-4cb3-b823-a6a1f65ee589	birthdate	user.attribute
2efc370a-0de3-4cb3-b823-a6a1f65ee589	true	id.token.claim
2efc370a-0de3-4cb3-b823-a6a1f65ee589	true	access.token.claim
2efc370a-0de3-4cb3-b823-a6a1f65ee589	birthdate	claim.name
2efc370a-0de3-4cb3-b823-a6a1f65ee589	String	jsonType.label
57b96dbc-39e0-43bd-806f-233066bbfc49	true	introspection.token.claim
57b96dbc-39e0-43bd-806f-233066bbfc49	true	userinfo.token.claim
57b96dbc-39e0-43bd-806f-233066bbfc49	middleName	user.attribute
57b96dbc-39e0-43bd-806f-233066bbfc49	true	id.token.claim
57b96dbc-39e0-43bd-806f-233066bbfc49	true	access.token.claim
57b96dbc-39e0-43bd-806f-233066bbfc49	middle_name	claim.name
57b96dbc-39e0-43bd-806f-233066bbfc49	String	jsonType.label
5cef0b78-3a20-402f-a411-b66944142b9a	true	introspection.token.claim
5cef0b78-3a20-402f-a411-b66944142b9a	true	userinfo.token.claim
5cef0b78-3a20-402f-a411-b66944142b9a	locale	user.attribute
5cef0b78-3a20-402f-a411-b66944142b9a	true	id.token.claim
5cef0b78-3a20-402f-a411-b66944142b9a	true	access.token.claim
5cef0b78-3a20-402f-a411-b66944142b9a	locale	claim.name
5cef0b78-3a20-402f-a411-b66944142b9a	String	jsonType.label
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	true	introspection.token.claim
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	true	userinfo.token.claim
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	zoneinfo	user.attribute
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	true	id.token.claim
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	true	access.token.claim
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	zoneinfo	claim.name
6feb37a2-ef5b-4257-b7e6-79dcf4f01769	String	jsonType.label
7540d215-efb6-4017-87cd-38fab08dcf77	true	introspection.token.claim
7540d215-efb6-4017-87cd-38fab08dcf77	true	userinfo.token.claim
7540d215-efb6-4017-87cd-38fab08dcf77	profile	user.attribute
7540d215-efb6-4017-87cd-38fab08dcf77	true	id.token.claim
7540d215-efb6-4017-87cd-38fab08dcf77	true	access.token.claim
7540d215-efb6-4017-87cd-38fab08dcf77	profile	claim.name
7540d215-efb6-4017-87cd-38fab08dcf77	String	jsonType.label
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	true	introspection.token.claim
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	true	userinfo.token.claim
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	username	user.attribute
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	true	id.token.claim
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	true	access.token.claim
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	preferred_username	claim.name
8cdc2a2b-bda4-4954-b820-2837bc7a20ee	String	jsonType.label
9779eb26-d072-4814-b3b9-d21efd81fa6e	true	introspection.token.claim
9779eb26-d072-4814-b3b9-d21efd81fa6e	true	userinfo.token.claim
9779eb26-d072-4814-b3b9-d21efd81fa6e	lastName	user.attribute
9779eb26-d072-4814-b3b9-d21efd81fa6e	true	id.token.claim
9779eb26-d072-4814-b3b9-d21efd81fa6e	true	access.token.claim
9779eb26-d072-4814-b3b9-d21efd81fa6e	family_name	claim.name
9779eb26-d072-4814-b3b9-d21efd81fa6e	String	jsonType.label
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	true	introspection.token.claim
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	true	userinfo.token.claim
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	picture	user.attribute
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	true	id.token.claim
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	true	access.token.claim
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	picture	claim.name
9babf8e1-6db2-4e67-8658-f3e23a7aacb9	String	jsonType.label
a115a57a-1ea1-4af2-8b42-8cc435784ba8	true	introspection.token.claim
a115a57a-1ea1-4af2-8b42-8cc435784ba8	true	userinfo.token.claim
a115a57a-1ea1-4af2-8b42-8cc435784ba8	gender	user.attribute
a115a57a-1ea1-4af2-8b42-8cc435784ba8	true	id.token.claim
a115a57a-1ea1-4af2-8b42-8cc435784ba8	true	access.token.claim
a115a57a-1ea1-4af2-8b42-8cc435784ba8	gender	claim.name
a115a57a-1ea1-4af2-8b42-8cc435784ba8	String	jsonType.label
d4561494-6453-4878-8418-3ce2c91ff370	true	introspection.token.claim
d4561494-6453-4878-8418-3ce2c91ff370	true	userinfo.token.claim
d4561494-6453-4878-8418-3ce2c91ff370	firstName	user.attribute
d4561494-6453-4878-8418-3ce2c91ff370	true	id.token.claim
d4561494-6453-4878-8418-3ce2c91ff370	true	access.token.claim
d4561494-6453-4878-8418-3ce2c91ff370	given_name	claim.name
d4561494-6453-4878-8418-3ce2c91ff370	String	jsonType.label
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	true	introspection.token.claim
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	true	userinfo.token.claim
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	nickname	user.attribute
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	true	id.token.claim
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	true	access.token.claim
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	nickname	claim.name
f2b3bf22-27aa-4c0c-99f5-6647b3dde17d	String	jsonType.label
aa0dca28-cc4f-467c-8933-96a6fd554ba8	true	introspection.token.claim
aa0dca28-cc4f-467c-8933-96a6fd554ba8	true	userinfo.token.claim
aa0dca28-cc4f-467c-8933-96a6fd554ba8	email	user.attribute
aa0dca28-cc4f-467c-8933-96a6fd554ba8	true	id.token.claim
aa0dca28-cc4f-467c-8933-96a6fd554ba8	true	access.token.claim
aa0dca28-cc4f-467c-8933-96a6fd554ba8	email	claim.name
aa0dca28-cc4f-467c-8933-96a6fd554ba8	String	jsonType.label
eb2a26ab-a133-465b-94f6-6462ff6affd5	true	introspection.token.claim
eb2a26ab-a133-465b-94f6-6462ff6affd5	true	userinfo.token.claim
eb2a26ab-a133-465b-94f6-6462ff6affd5	emailVerified	user.attribute
eb2a26ab-a133-465b-94f6-6462ff6affd5	true	id.token.claim
eb2a26ab-a133-465b-94f6-6462ff6affd5	true	access.token.claim
eb2a26ab-a133-465b-94f6-6462ff6affd5	email_verified	claim.name
eb2a26ab-a133-465b-94f6-6462ff6affd5	boolean	jsonType.label
bc87a9a1-8539-40b0-8387-bb050b3dba31	formatted	user.attribute.formatted
bc87a9a1-8539-40b0-8387-bb050b3dba31	country	user.attribute.country
bc87a9a1-8539-40b0-8387-bb050b3dba31	true	introspection.token.claim
bc87a9a1-8539-40b0-8387-bb050b3dba31	postal_code	user.attribute.postal_code
bc87a9a1-8539-40b0-8387-bb050b3dba31	true	userinfo.token.claim
bc87a9a1-8539-40b0-8387-bb050b3dba31	street	user.attribute.street
bc87a9a1-8539-40b0-8387-bb050b3dba31	true	id.token.claim
bc87a9a1-8539-40b0-8387-bb050b3dba31	region	user.attribute.region
bc87a9a1-8539-40b0-8387-bb050b3dba31	true	access.token.claim
bc87a9a1-8539-40b0-8387-bb050b3dba31	locality	user.attribute.locality
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	true	introspection.token.claim
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	true	userinfo.token.claim
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	phoneNumber	user.attribute
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	true	id.token.claim
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	true	access.token.claim
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	phone_number	claim.name
7318b758-4d4a-4d55-9c0c-c0c8c3eb4fca	String	jsonType.label
fbbe5281-adad-4d46-ba82-4ff210936afc	true	introspection.token.claim
fbbe5281-adad-4d46-ba82-4ff210936afc	true	userinfo.token.claim
fbbe5281-adad-4d46-ba82-4ff210936afc	phoneNumberVerified	user.attribute
fbbe5281-adad-4d46-ba82-4ff210936afc	true	id.token.claim
fbbe5281-adad-4d46-ba82-4ff210936afc	true	access.token.claim
fbbe5281-adad-4d46-ba82-4ff210936afc	phone_number_verified	claim.name
fbbe5281-adad-4d46-ba82-4ff210936afc	boolean	jsonType.label
9be21764-edbf-43ae-92be-f96fd960a792	true	introspection.token.claim
9be21764-edbf-43ae-92be-f96fd960a792	true	multivalued
9be21764-edbf-43ae-92be-f96fd960a792	foo	user.attribute
9be21764-edbf-43ae-92be-f96fd960a792	true	access.token.claim
9be21764-edbf-43ae-92be-f96fd960a792	resource_access.${client_id}.roles	claim.name
9be21764-edbf-43ae-92be-f96fd960a792	String	jsonType.label
b2d6ad9f-a420-478d-807e-c0ecb30fbba1	true	introspection.token.claim
b2d6ad9f-a420-478d-807e-c0ecb30fbba1	true	access.token.claim
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	true	introspection.token.claim
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	true	multivalued
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	foo	user.attribute
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	true	access.token.claim
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	realm_access.roles	claim.name
d3b1f7a6-8fe9-40c7-bfa0-b61ad9050782	String	jsonType.label
28a44a8f-1369-45e0-a350-c8f75f9a74e4	true	introspection.token.claim
28a44a8f-1369-45e0-a350-c8f75f9a74e4	true	access.token.claim
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	true	introspection.token.claim
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	true	multivalued
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	foo	user.attribute
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	true	id.token.claim
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	true	access.token.claim
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	groups	claim.name
4e4d69aa-ffd4-49fb-bbde-1efb30feac1d	String	jsonType.label
a08d611e-2a59-4602-8170-1fc010f5a9c3	true	introspection.token.claim
a08d611e-2a59-4602-8170-1fc010f5a9c3	true	userinfo.token.claim
a08d611e-2a59-4602-8170-1fc010f5a9c3	username	user.attribute
a08d611e-2a59-4602-8170-1fc010f5a9c3	true	id.token.claim
a08d611e-2a59-4602-8170-1fc010f5a9c3	true	access.token.claim
a08d611e-2a59-4602-8170-1fc010f5a9c3	upn	claim.name
a08d611e-2a59-4602-8170-1fc010f5a9c3	String	jsonType.label
1871eff1-edd9-4fcc-b22e-4fe0792f1c82	true	introspection.token.claim
1871eff1-edd9-4fcc-b22e-4fe0792f1c82	true	id.token.claim
1871eff1-edd9-4fcc-b22e-4fe0792f1c82	true	access.token.claim
207b2066-c79d-4f1b-a829-cec055af9aa3	true	introspection.token.claim
207b2066-c79d-4f1b-a829-cec055af9aa3	true	access.token.claim
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	AUTH_TIME	user.session.note
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	true	introspection.token.claim
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	true	id.token.claim
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	true	access.token.claim
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	auth_time	claim.name
60bdfff8-d5c6-41a7-8bc3-336885b3dd2c	long	jsonType.label
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	clientAddress	user.session.note
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	true	introspection.token.claim
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	true	id.token.claim
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	true	access.token.claim
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	clientAddress	claim.name
1407b8ea-c3c6-41b7-aa4d-1fa3a72e6424	String	jsonType.label
88e41f80-84a3-46d5-9ece-93f36a3dba88	clientHost	user.session.note
88e41f80-84a3-46d5-9ece-93f36a3dba88	true	introspection.token.claim
88e41f80-84a3-46d5-9ece-93f36a3dba88	true	id.token.claim
88e41f80-84a3-46d5-9ece-93f36a3dba88	true	access.token.claim
88e41f80-84a3-46d5-9ece-93f36a3dba88	clientHost	claim.name
88e41f80-84a3-46d5-9ece-93f36a3dba88	String	jsonType.label
c410b52e-d28f-4763-9c87-108588bc141e	client_id	user.session.note
c410b52e-d28f-4763-9c87-108588bc141e	true	introspection.token.claim
c410b52e-d28f-4763-9c87-108588bc141e	true	id.token.claim
c410b52e-d28f-4763-9c87-108588bc141e	true	access.token.claim
c410b52e-d28f-4763-9c87-108588bc141e	client_id	claim.name
c410b52e-d28f-4763-9c87-108588bc141e	String	jsonType.label
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	true	introspection.token.claim
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	true	multivalued
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	true	id.token.claim
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	true	access.token.claim
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	organization	claim.name
b4aa3293-5229-4eb5-a6dd-3f1167cdff1a	String	jsonType.label
62a18383-c24c-48b2-a12b-1a188f87bd6a	false	single
62a18383-c24c-48b2-a12b-1a188f87bd6a	Basic	attribute.nameformat
62a18383-c24c-48b2-a12b-1a188f87bd6a	Role	attribute.name
06908b6e-ac17-42df-9337-eb203e6de325	true	introspection.token.claim
06908b6e-ac17-42df-9337-eb203e6de325	true	userinfo.token.claim
06908b6e-ac17-42df-9337-eb203e6de325	website	user.attribute
06908b6e-ac17-42df-9337-eb203e6de325	true	id.token.claim
06908b6e-ac17-42df-9337-eb203e6de325	true	access.token.claim
06908b6e-ac17-42df-9337-eb203e6de325	website	claim.name
06908b6e-ac17-42df-9337-eb203e6de325	String	jsonType.label
22c806b2-4446-42d4-b6ce-7f044ae18191	true	introspection.token.claim
22c806b2-4446-42d4-b6ce-7f044ae18191	true	userinfo.token.claim
22c806b2-4446-42d4-b6ce-7f044ae18191	lastName	user.attribute
22c806b2-4446-42d4-b6ce-7f044ae18191	true	id.token.claim
22c806b2-4446-42d4-b6ce-7f044ae18191	true	access.token.claim
22c806b2-4446-42d4-b6ce-7f044ae18191	family_name	claim.name
22c806b2-4446-42d4-b6ce-7f044ae18191	String	jsonType.label
3617107c-d56d-438c-b5a9-b69544e3979a	true	introspection.token.claim
3617107c-d56d-438c-b5a9-b69544e3979a	true	userinfo.token.claim
3617107c-d56d-438c-b5a9-b69544e3979a	zoneinfo	user.attribute
3617107c-d56d-438c-b5a9-b69544e3979a	true	id.token.claim
3617107c-d56d-438c-b5a9-b69544e3979a	true	access.token.claim
3617107c-d56d-438c-b5a9-b69544e3979a	zoneinfo	claim.name
3617107c-d56d-438c-b5a9-b69544e3979a	String	jsonType.label
473787e9-4d9b-41f0-81c5-5d5024c00b3b	true	introspection.token.claim
473787e9-4d9b-41f0-81c5-5d5024c00b3b	true	userinfo.token.claim
473787e9-4d9b-41f0-81c5-5d5024c00b3b	picture	user.attribute
473787e9-4d9b-41f0-81c5-5d5024c00b3b	true	id.token.claim
473787e9-4d9b-41f0-81c5-5d5024c00b3b	true	access.token.claim
473787e9-4d9b-41f0-81c5-5d5024c00b3b	picture	claim.name
473787e9-4d9b-41f0-81c5-5d5024c00b3b	String	jsonType.label
4f060ace-d71f-4cb0-acc4-21009922b1b7	true	introspection.token.claim
4f060ace-d71f-4cb0-acc4-21009922b1b7	true	userinfo.token.claim
4f060ace-d71f-4cb0-acc4-21009922b1b7	locale	user.attribute
4f060ace-d71f-4cb0-acc4-21009922b1b7	true	id.token.claim
4f060ace-d71f-4cb0-acc4-21009922b1b7	true	access.token.claim
4f060ace-d71f-4cb0-acc4-21009922b1b7	locale	claim.name
4f060ace-d71f-4cb0-acc4-21009922b1b7	String	jsonType.label
5b47379c-99a0-460c-8e4f-e8eefce49615	true	introspection.token.claim
5b47379c-99a0-460c-8e4f-e8eefce49615	true	userinfo.token.claim
5b47379c-99a0-460c-8e4f-e8eefce49615	profile	user.attribute
5b47379c-99a0-460c-8e4f-e8eefce49615	true	id.token.claim
5b47379c-99a0-460c-8e4f-e8eefce49615	true	access.token.claim
5b47379c-99a0-460c-8e4f-e8eefce49615	profile	claim.name
5b47379c-99a0-460c-8e4f-e8eefce49615	String	jsonType.label
70353118-9aaf-4032-ba84-0f1de547ef19	true	introspection.token.claim
70353118-9aaf-4032-ba84-0f1de547ef19	true	userinfo.token.claim
70353118-9aaf-4032-ba84-0f1de547ef19	middleName	user.attribute
70353118-9aaf-4032-ba84-0f1de547ef19	true	id.token.claim
70353118-9aaf-4032-ba84-0f1de547ef19	true	access.token.claim
70353118-9aaf-4032-ba84-0f1de547ef19	middle_name	claim.name
70353118-9aaf-4032-ba84-0f1de547ef19	String	jsonType.label
9950cb6a-c240-41ee-8adc-853504ae86d8	true	introspection.token.claim
9950cb6a-c240-41ee-8adc-853504ae86d8	true	userinfo.token.claim
9950cb6a-c240-41ee-8adc-853504ae86d8	nickname	user.attribute
9950cb6a-c240-41ee-8adc-853504ae86d8	true	id.token.claim
9950cb6a-c240-41ee-8adc-853504ae86d8	true	access.token.claim
9950cb6a-c240-41ee-8adc-853504ae86d8	nickname	claim.name
9950cb6a-c240-41ee-8adc-853504ae86d8	String	jsonType.label
a6d4b66e-f855-4868-971c-6d8cd8b424b6	true	introspection.token.claim
a6d4b66e-f855-4868-971c-6d8cd8b424b6	true	userinfo.token.claim
a6d4b66e-f855-4868-971c-6d8cd8b424b6	gender	user.attribute
a6d4b66e-f855-4868-971c-6d8cd8b424b6	true	id.token.claim
a6d4b66e-f855-4868-971c-6d8cd8b424b6	true	access.token.claim
a6d4b66e-f855-4868-971c-6d8cd8b424b6	gender	claim.name
a6d4b66e-f855-4868-971c-6d8cd8b424b6	String	jsonType.label
b0a126a2-e7c9-4366-b330-596073173dfb	true	introspection.token.claim
b0a126a2-e7c9-4366-b330-596073173dfb	true	userinfo.token.claim
b0a126a2-e7c9-4366-b330-596073173dfb	updatedAt	user.attribute
b0a126a2-e7c9-4366-b330-596073173dfb	true	id.token.claim
b0a126a2-e7c9-4366-b330-596073173dfb	true	access.token.claim
b0a126a2-e7c9-4366-b330-596073173dfb	updated_at	claim.name
b0a126a2-e7c9-4366-b330-596073173dfb	long	jsonType.label
b2ee1277-a9de-4ebd-82cb-72d69c19488a	true	introspection.token.claim
b2ee1277-a9de-4ebd-82cb-72d69c19488a	true	userinfo.token.claim
b2ee1277-a9de-4ebd-82cb-72d69c19488a	true	id.token.claim
b2ee1277-a9de-4ebd-82cb-72d69c19488a	true	access.token.claim
bd58c2f9-6385-4ed6-a44e-163511dc8724	true	introspection.token.claim
bd58c2f9-6385-4ed6-a44e-163511dc8724	true	userinfo.token.claim
bd58c2f9-6385-4ed6-a44e-163511dc8724	firstName	user.attribute
bd58c2f9-6385-4ed6-a44e-163511dc8724	true	id.token.claim
bd58c2f9-6385-4ed6-a44e-163511dc8724	true	access.token.claim
bd58c2f9-6385-4ed6-a44e-163511dc8724	given_name	claim.name
bd58c2f9-6385-4ed6-a44e-163511dc8724	String	jsonType.label
f2913e68-334c-42b4-b575-460b77d3a997	true	introspection.token.claim
f2913e68-334c-42b4-b575-460b77d3a997	true	userinfo.token.claim
f2913e68-334c-42b4-b575-460b77d3a997	username	user.attribute
f2913e68-334c-42b4-b575-460b77d3a997	true	id.token.claim
f2913e68-334c-42b4-b575-460b77d3a997	true	access.token.claim
f2913e68-334c-42b4-b575-460b77d3a997	preferred_username	claim.name
f2913e68-334c-42b4-b575-460b77d3a997	String	jsonType.label
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	true	introspection.token.claim
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	true	userinfo.token.claim
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	birthdate	user.attribute
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	true	id.token.claim
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	true	access.token.claim
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	birthdate	claim.name
fb7a2b5f-0fc1-4ed0-abb7-4d28eb4a7de8	String	jsonType.label
1728f4f4-494e-43f0-8750-754c6e1cc3f2	true	introspection.token.claim
1728f4f4-494e-43f0-8750-754c6e1cc3f2	true	userinfo.token.claim
1728f4f4-494e-43f0-8750-754c6e1cc3f2	email	user.attribute
1728f4f4-494e-43f0-8750-754c6e1cc3f2	true	id.token.claim
1728f4f4-494e-43f0-8750-754c6e1cc3f2	true	access.token.claim
1728f4f4-494e-43f0-8750-754c6e1cc3f2	email	claim.name
1728f4f4-494e-43f0-8750-754c6e1cc3f2	String	jsonType.label
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	true	introspection.token.claim
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	true	userinfo.token.claim
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	emailVerified	user.attribute
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	true	id.token.claim
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	true	access.token.claim
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	email_verified	claim.name
c7c3a8d2-5ccd-4e0f-8ed6-6af999d2d57f	boolean	jsonType.label
43f89d4e-1587-45bb-9788-83592e37798b	formatted	user.attribute.formatted
43f89d4e-1587-45bb-9788-83592e37798b	country	user.attribute.country
43f89d4e-1587-45bb-9788-83592e37798b	true	introspection.token.claim
43f89d4e-1587-45bb-9788-83592e37798b	postal_code	user.attribute.postal_code
43f89d4e-1587-45bb-9788-83592e37798b	true	userinfo.token.claim
43f89d4e-1587-45bb-9788-83592e37798b	street	user.attribute.street
43f89d4e-1587-45bb-9788-83592e37798b	true	id.token.claim
43f89d4e-1587-45bb-9788-83592e37798b	region	user.attribute.region
43f89d4e-1587-45bb-9788-83592e37798b	true	access.token.claim
43f89d4e-1587-45bb-9788-83592e37798b	locality	user.attribute.locality
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	true	introspection.token.claim
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	true	userinfo.token.claim
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	phoneNumber	user.attribute
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	true	id.token.claim
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	true	access.token.claim
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	phone_number	claim.name
44f591c4-40f6-49ab-bf3d-e8705b4b8e17	String	jsonType.label
cb811d0d-15cd-47fe-af6f-4564aa201c0e	true	introspection.token.claim
cb811d0d-15cd-47fe-af6f-4564aa201c0e	true	userinfo.token.claim
cb811d0d-15cd-47fe-af6f-4564aa201c0e	phoneNumberVerified	user.attribute
cb811d0d-15cd-47fe-af6f-4564aa201c0e	true	id.token.claim
cb811d0d-15cd-47fe-af6f-4564aa201c0e	true	access.token.claim
cb811d0d-15cd-47fe-af6f-4564aa201c0e	phone_number_verified	claim.name
cb811d0d-15cd-47fe-af6f-4564aa201c0e	boolean	jsonType.label
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	true	introspection.token.claim
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	true	multivalued
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	foo	user.attribute
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	true	access.token.claim
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	realm_access.roles	claim.name
a1b3e3da-07a9-4e93-8bfc-9ea21b51499f	String	jsonType.label
d3cb1868-1203-4293-8289-fa4832e6d971	true	introspection.token.claim
d3cb1868-1203-4293-8289-fa4832e6d971	true	multivalued
d3cb1868-1203-4293-8289-fa4832e6d971	foo	user.attribute
d3cb1868-1203-4293-8289-fa4832e6d971	true	access.token.claim
d3cb1868-1203-4293-8289-fa4832e6d971	resource_access.${client_id}.roles	claim.name
d3cb1868-1203-4293-8289-fa4832e6d971	String	jsonType.label
e907b610-1b6c-4121-9f2a-3f4b941bd23c	true	introspection.token.claim
e907b610-1b6c-4121-9f2a-3f4b941bd23c	true	access.token.claim
708bddf0-427a-45df-b99f-2f651539ae69	true	introspection.token.claim
708bddf0-427a-45df-b99f-2f651539ae69	true	access.token.claim
11f4dc8b-7a3f-4939-b204-58b272d4781a	true	introspection.token.claim
11f4dc8b-7a3f-4939-b204-58b272d4781a	true	userinfo.token.claim
11f4dc8b-7a3f-4939-b204-58b272d4781a	username	user.attribute
11f4dc8b-7a3f-4939-b204-58b272d4781a	true	id.token.claim
11f4dc8b-7a3f-4939-b204-58b272d4781a	true	access.token.claim
11f4dc8b-7a3f-4939-b204-58b272d4781a	upn	claim.name
11f4dc8b-7a3f-4939-b204-58b272d4781a	String	jsonType.label
18995422-d4a9-4938-ba6f-6831e4c0db1d	true	introspection.token.claim
18995422-d4a9-4938-ba6f-6831e4c0db1d	true	multivalued
18995422-d4a9-4938-ba6f-6831e4c0db1d	foo	user.attribute
18995422-d4a9-4938-ba6f-6831e4c0db1d	true	id.token.claim
18995422-d4a9-4938-ba6f-6831e4c0db1d	true	access.token.claim
18995422-d4a9-4938-ba6f-6831e4c0db1d	groups	claim.name
18995422-d4a9-4938-ba6f-6831e4c0db1d	String	jsonType.label
8b2a0b5c-dbaa-4591-8322-a0e975985525	true	introspection.token.claim
8b2a0b5c-dbaa-4591-8322-a0e975985525	true	id.token.claim
8b2a0b5c-dbaa-4591-8322-a0e975985525	true	access.token.claim
2df92ec9-ed58-4b37-8dee-5ff733d36665	true	introspection.token.claim
2df92ec9-ed58-4b37-8dee-5ff733d36665	true	access.token.claim
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	AUTH_TIME	user.session.note
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	true	introspection.token.claim
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	true	id.token.claim
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	true	access.token.claim
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	auth_time	claim.name
44799fe2-0cf3-45a1-b5f4-a3b4babf9299	long	jsonType.label
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	clientHost	user.session.note
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	true	introspection.token.claim
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	true	id.token.claim
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	true	access.token.claim
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	clientHost	claim.name
6b0e38cc-47d0-4849-80d6-f1bcc3b04332	String	jsonType.label
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	client_id	user.session.note
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	true	introspection.token.claim
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	true	id.token.claim
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	true	access.token.claim
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	client_id	claim.name
e9c283bc-b26d-4fbd-9675-39a20bd8ffed	String	jsonType.label
fbbd6090-fc21-4bad-924f-55f3e9d475a0	clientAddress	user.session.note
fbbd6090-fc21-4bad-924f-55f3e9d475a0	true	introspection.token.claim
fbbd6090-fc21-4bad-924f-55f3e9d475a0	true	id.token.claim
fbbd6090-fc21-4bad-924f-55f3e9d475a0	true	access.token.claim
fbbd6090-fc21-4bad-924f-55f3e9d475a0	clientAddress	claim.name
fbbd6090-fc21-4bad-924f-55f3e9d475a0	String	jsonType.label
89d3b791-30b4-4cbe-8129-1907b8cbedff	true	introspection.token.claim
89d3b791-30b4-4cbe-8129-1907b8cbedff	true	multivalued
89d3b791-30b4-4cbe-8129-1907b8cbedff	true	id.token.claim
89d3b791-30b4-4cbe-8129-1907b8cbedff	true	access.token.claim
89d3b791-30b4-4cbe-8129-1907b8cbedff	organization	claim.name
89d3b791-30b4-4cbe-8129-1907b8cbedff	String	jsonType.label
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	true	introspection.token.claim
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	true	userinfo.token.claim
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	locale	user.attribute
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	true	id.token.claim
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	true	access.token.claim
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	locale	claim.name
e8fa1893-8b8a-43c7-9ebb-fa2d778c3234	String	jsonType.label
\.


--
-- Data for Name: realm; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm (id, access_code_lifespan, user_action_lifespan, access_token_lifespan, account_theme, admin_theme, email_theme, enabled, events_enabled, events_expiration, login_theme, name, not_before, password_policy, registration_allowed, remember_me, reset_password_allowed, social, ssl_required, sso_idle_timeout, sso_max_lifespan, update_profile_on_soc_login, verify_email, master_admin_client, login_lifespan, internationalization_enabled, default_locale, reg_email_as_username, admin_events_enabled, admin_events_details_enabled, edit_username_allowed, otp_policy_counter, otp_policy_window, otp_policy_period, otp_policy_digits, otp_policy_alg, otp_policy_type, browser_flow, registration_flow, direct_grant_flow, reset_credentials_flow, client_auth_flow, offline_session_idle_timeout, revoke_refresh_token, access_token_life_implicit, login_with_email_allowed, duplicate_emails_allowed, docker_auth_flow, refresh_token_max_reuse, allow_user_managed_access, sso_max_lifespan_remember_me, sso_idle_timeout_remember_me, default_role, display_name) FROM stdin;
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	60	300	300	\N	\N	\N	t	t	604800	\N	pa-upgrade	0	\N	f	f	t	f	EXTERNAL	1800	36000	f	f	19bdb631-7c01-400c-88fc-469d04e0e34d	1800	t	en	f	t	t	f	0	1	30	6	HmacSHA1	totp	6a30736e-7251-44e6-9b32-46904d1f0c82	10bff247-84c7-489a-b7a5-93d9733dc1ed	f0e8dcfe-5b52-4601-bc83-97b9c9efa83b	b15f657d-b565-4364-8f0e-ea87857bac9d	8552f3f8-43e8-45f4-ac25-915e4ee0c45d	2592000	f	900	t	f	ecdb8970-55f2-4f81-b612-a6cd9643ad28	0	f	0	0	c2ba2e5e-c553-4a2d-a6de-500e69034e48	Test pa-upgrade
bf4e4554-5622-49a0-b8c7-978343c47dc7	60	300	60	\N	\N	\N	t	f	0	\N	master	0	\N	f	f	f	f	EXTERNAL	1800	36000	f	f	04003787-5de6-4e4b-8041-9c48d352d27a	1800	f	\N	f	f	f	f	0	1	30	6	HmacSHA1	totp	cce927db-4a40-463d-858a-d1d9a1c12bfd	51c40a0b-1a42-4be8-8198-49fa58f0dba1	6e00e95a-e880-41bc-a1a4-f118cd5e8575	4638a955-c5e6-4307-9ec9-e8a68b55b094	08c8a2bb-fa53-4454-856a-47f6be3eb52c	2592000	f	900	t	f	0d206fdf-5f89-454a-9b5d-79b455582ced	0	f	0	0	eec81825-a882-488a-8b87-34ba9d687220	Keycloak
\.


--
-- Data for Name: realm_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_attribute (name, realm_id, value) FROM stdin;
_browser_header.contentSecurityPolicyReportOnly	bf4e4554-5622-49a0-b8c7-978343c47dc7	
_browser_header.xContentTypeOptions	bf4e4554-5622-49a0-b8c7-978343c47dc7	nosniff
_browser_header.referrerPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	no-referrer
_browser_header.xRobotsTag	bf4e4554-5622-49a0-b8c7-978343c47dc7	none
_browser_header.xFrameOptions	bf4e4554-5622-49a0-b8c7-978343c47dc7	SAMEORIGIN
_browser_header.contentSecurityPolicy	bf4e4554-5622-49a0-b8c7-978343c47dc7	frame-src 'self'; frame-ancestors 'self'; object-src 'none';
_browser_header.strictTransportSecurity	bf4e4554-5622-49a0-b8c7-978343c47dc7	max-age=31536000; includeSubDomains
bruteForceProtected	bf4e4554-5622-49a0-b8c7-978343c47dc7	false
permanentLockout	bf4e4554-5622-49a0-b8c7-978343c47dc7	false
maxTemporaryLockouts	bf4e4554-5622-49a0-b8c7-978343c47dc7	0
bruteForceStrategy	bf4e4554-5622-49a0-b8c7-978343c47dc7	MULTIPLE
maxFailureWaitSeconds	bf4e4554-5622-49a0-b8c7-978343c47dc7	900
minimumQuickLoginWaitSeconds	bf4e4554-5622-49a0-b8c7-978343c47dc7	60
waitIncrementSeconds	bf4e4554-5622-49a0-b8c7-978343c47dc7	60
quickLoginCheckMilliSeconds	bf4e4554-5622-49a0-b8c7-978343c47dc7	1000
maxDeltaTimeSeconds	bf4e4554-5622-49a0-b8c7-978343c47dc7	43200
failureFactor	bf4e4554-5622-49a0-b8c7-978343c47dc7	30
maxSecondaryAuthFailures	bf4e4554-5622-49a0-b8c7-978343c47dc7	0
realmReusableOtpCode	bf4e4554-5622-49a0-b8c7-978343c47dc7	false
firstBrokerLoginFlowId	bf4e4554-5622-49a0-b8c7-978343c47dc7	d5d7e70b-0f6d-4cac-8b94-4b4054bd6721
displayNameHtml	bf4e4554-5622-49a0-b8c7-978343c47dc7	<div class="kc-logo-text"><span>Keycloak</span></div>
defaultSignatureAlgorithm	bf4e4554-5622-49a0-b8c7-978343c47dc7	RS256
offlineSessionMaxLifespanEnabled	bf4e4554-5622-49a0-b8c7-978343c47dc7	false
offlineSessionMaxLifespan	bf4e4554-5622-49a0-b8c7-978343c47dc7	5184000
_browser_header.contentSecurityPolicyReportOnly	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	
_browser_header.xContentTypeOptions	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	nosniff
_browser_header.referrerPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	no-referrer
_browser_header.xRobotsTag	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	none
_browser_header.xFrameOptions	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	SAMEORIGIN
_browser_header.contentSecurityPolicy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	frame-src 'self'; frame-ancestors 'self'; object-src 'none';
_browser_header.strictTransportSecurity	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	max-age=31536000; includeSubDomains
permanentLockout	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	false
maxTemporaryLockouts	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	0
bruteForceStrategy	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	MULTIPLE
maxFailureWaitSeconds	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	900
minimumQuickLoginWaitSeconds	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	60
waitIncrementSeconds	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	60
quickLoginCheckMilliSeconds	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	1000
maxDeltaTimeSeconds	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	43200
failureFactor	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	30
maxSecondaryAuthFailures	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	0
realmReusableOtpCode	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	false
bruteForceProtected	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	true
defaultSignatureAlgorithm	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	RS256
offlineSessionMaxLifespanEnabled	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	false
offlineSessionMaxLifespan	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5184000
actionTokenGeneratedByAdminLifespan	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	43200
actionTokenGeneratedByUserLifespan	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	300
oauth2DeviceCodeLifespan	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	600
oauth2DevicePollingInterval	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5
webAuthnPolicyRpEntityName	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	keycloak
webAuthnPolicySignatureAlgorithms	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	ES256,RS256
webAuthnPolicyRpId	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	
webAuthnPolicyAttestationConveyancePreference	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyAuthenticatorAttachment	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyResidentKey	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyRequireResidentKey	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyUserVerificationRequirement	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyCreateTimeout	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	0
webAuthnPolicyAvoidSameAuthenticatorRegister	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	false
webAuthnPolicyRpEntityNamePasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	Passkey Autopilot demo
webAuthnPolicySignatureAlgorithmsPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	ES256,RS256
webAuthnPolicyRpIdPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	
webAuthnPolicyAttestationConveyancePreferencePasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	none
webAuthnPolicyAuthenticatorAttachmentPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyResidentKeyPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	required
webAuthnPolicyRequireResidentKeyPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	not specified
webAuthnPolicyUserVerificationRequirementPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	required
webAuthnPolicyCreateTimeoutPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	15
webAuthnPolicyAvoidSameAuthenticatorRegisterPasswordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	false
cibaBackchannelTokenDeliveryMode	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	poll
cibaExpiresIn	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	120
cibaInterval	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	5
cibaAuthRequestedUserHint	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	login_hint
parRequestUriLifespan	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	60
firstBrokerLoginFlowId	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	963d24d5-9db1-45f9-b601-3bbf6218da5e
passkey-autopilot.rollout	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	{\n  "salt" : "9593RTZZMT4ernNkpzD19w",\n  "features" : {\n    "login" : {\n      "enabled" : true,\n      "default" : "allow",\n      "rules" : [ ]\n    },\n    "append" : {\n      "enabled" : true,\n      "default" : "allow",\n      "rules" : [ ]\n    },\n    "second-factor" : {\n      "enabled" : true,\n      "default" : "allow",\n      "rules" : [ ]\n    },\n    "passkey-list" : {\n      "enabled" : true,\n      "default" : "allow",\n      "rules" : [ ]\n    }\n  },\n  "experiments" : [ {\n    "name" : "append-copy",\n    "feature" : "append",\n    "kind" : "copy",\n    "arms" : [ {\n      "name" : "A",\n      "weight" : 50\n    }, {\n      "name" : "B",\n      "weight" : 50\n    } ]\n  } ]\n}
\.


--
-- Data for Name: realm_default_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_default_groups (realm_id, group_id) FROM stdin;
\.


--
-- Data for Name: realm_enabled_event_types; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_enabled_event_types (realm_id, value) FROM stdin;
\.


--
-- Data for Name: realm_events_listeners; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_events_listeners (realm_id, value) FROM stdin;
bf4e4554-5622-49a0-b8c7-978343c47dc7	jboss-logging
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	jboss-logging
\.


--
-- Data for Name: realm_localizations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_localizations (realm_id, locale, texts) FROM stdin;
\.


--
-- Data for Name: realm_required_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_required_credential (type, form_label, input, secret, realm_id) FROM stdin;
password	password	t	t	bf4e4554-5622-49a0-b8c7-978343c47dc7
password	password	t	t	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6
\.


--
-- Data for Name: realm_smtp_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_smtp_config (realm_id, value, name) FROM stdin;
\.


--
-- Data for Name: realm_supported_locales; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_supported_locales (realm_id, value) FROM stdin;
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	de
faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	en
\.


--
-- Data for Name: redirect_uris; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.redirect_uris (client_id, value) FROM stdin;
196421f8-93ed-4e9c-a58e-244bfd17992c	/realms/master/account/*
32ce77da-9ff2-486a-af94-664fcf4042bd	/realms/master/account/*
53750c90-0658-4f7c-be38-e787fef54463	/admin/master/console/*
9d4afc54-48b0-4a76-8ad6-ee1eea6dbdc3	/realms/pa-upgrade/account/*
abb5ee42-22ce-4439-a6d4-d827887cdc03	/realms/pa-upgrade/account/*
8d16d558-5faf-436a-926d-736747ca6339	/admin/pa-upgrade/console/*
7c7bc578-73bc-4d9c-b456-60601f7f91db	*
41cbd3d9-658e-4f73-ab92-d59071b78a47	/realms/pa-upgrade/passkey-autopilot/console/*
\.


--
-- Data for Name: required_action_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.required_action_config (required_action_id, value, name) FROM stdin;
a2ec445a-9ce1-4f1c-b312-0be75a67034a	7	snooze-days
\.


--
-- Data for Name: required_action_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.required_action_provider (id, alias, name, realm_id, enabled, default_action, provider_id, priority) FROM stdin;
231d1d3a-0596-4de5-a254-c1fbaff4113e	VERIFY_EMAIL	Verify Email	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	VERIFY_EMAIL	50
fd8e99de-0da0-45ef-8b82-13b08ff4f070	UPDATE_PROFILE	Update Profile	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	UPDATE_PROFILE	40
f1c05131-ccce-4897-b5db-cfbb05139d5c	CONFIGURE_TOTP	Configure OTP	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	CONFIGURE_TOTP	54
115019ab-7f20-499b-80e8-1a1476978638	UPDATE_PASSWORD	Update Password	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	UPDATE_PASSWORD	57
1bcc0aa0-54a5-4ec5-822c-942fe10a7680	TERMS_AND_CONDITIONS	Terms and Conditions	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	f	TERMS_AND_CONDITIONS	20
b58de490-8c9e-4932-b7e2-74a6a7ba0fc5	delete_account	Delete Account	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	f	delete_account	60
33f2af39-b097-4d28-9ecf-19e765d139ac	delete_credential	Delete Credential	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	delete_credential	110
09de3d2f-8c91-4869-9b16-be393c84e9d4	update_user_locale	Update User Locale	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	update_user_locale	1000
e4153238-c41b-4b90-a396-fe73a9a50cae	UPDATE_EMAIL	Update Email	bf4e4554-5622-49a0-b8c7-978343c47dc7	f	f	UPDATE_EMAIL	70
5b69942f-f120-425f-8002-16df25644ea2	CONFIGURE_RECOVERY_AUTHN_CODES	Recovery Authentication Codes	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	CONFIGURE_RECOVERY_AUTHN_CODES	130
f01fb88d-92bf-4cb1-91f2-a7fa4b4f985a	webauthn-register	Webauthn Register	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	webauthn-register	80
af05474e-de4c-4008-9e77-533fd280be6f	webauthn-register-passwordless	Webauthn Register Passwordless	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	webauthn-register-passwordless	90
5530524b-d63e-4bc2-bf88-d425a6cd4671	VERIFY_PROFILE	Verify Profile	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	VERIFY_PROFILE	100
30c2cbbe-647f-4f7a-8e2f-86b69351cc6d	idp_link	Linking Identity Provider	bf4e4554-5622-49a0-b8c7-978343c47dc7	t	f	idp_link	120
a2ec445a-9ce1-4f1c-b312-0be75a67034a	passkey-autopilot-append	Passkey Autopilot: offer a passkey after password login	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	passkey-autopilot-append	5
d1cfcaf3-9361-4c9e-afac-28fc24abb6db	CONFIGURE_TOTP	Configure OTP	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	CONFIGURE_TOTP	10
482ec4b3-406b-4517-9c66-af2710a7fa1a	TERMS_AND_CONDITIONS	Terms and Conditions	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f	f	TERMS_AND_CONDITIONS	20
66b30ac0-856f-4ffb-a540-0acefd76aa00	UPDATE_PASSWORD	Update Password	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	UPDATE_PASSWORD	30
c0633476-84e5-4948-a31c-1902e0b6fc89	UPDATE_PROFILE	Update Profile	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	UPDATE_PROFILE	40
db030678-60a9-4333-a2ca-af931ba6e0f8	VERIFY_EMAIL	Verify Email	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	VERIFY_EMAIL	50
662fe06a-5846-4e9e-9ca6-3ae3d16a3a0b	delete_credential	Delete Credential	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	delete_credential	60
976f1a34-a24c-4694-ac29-fac52b8bfcd6	update_user_locale	Update User Locale	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	update_user_locale	1000
f0fa338e-4edb-4a40-93fd-44d8b703a878	webauthn-register	Webauthn Register	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	webauthn-register	70
fb92822e-1171-4158-8881-6ebae485a541	webauthn-register-passwordless	Webauthn Register Passwordless	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	t	f	webauthn-register-passwordless	80
dc75d3eb-77ae-4c1e-98ca-b69a6a0d2873	delete_account	Delete Account	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	f	f	delete_account	60
\.


--
-- Data for Name: resource_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_attribute (id, name, value, resource_id) FROM stdin;
\.


--
-- Data for Name: resource_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_policy (resource_id, policy_id) FROM stdin;
\.


--
-- Data for Name: resource_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_scope (resource_id, scope_id) FROM stdin;
\.


--
-- Data for Name: resource_server; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server (id, allow_rs_remote_mgmt, policy_enforce_mode, decision_strategy) FROM stdin;
\.


--
-- Data for Name: resource_server_perm_ticket; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_perm_ticket (id, owner, requester, created_timestamp, granted_timestamp, resource_id, scope_id, resource_server_id, policy_id) FROM stdin;
\.


--
-- Data for Name: resource_server_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_policy (id, name, description, type, decision_strategy, logic, resource_server_id, owner) FROM stdin;
\.


--
-- Data for Name: resource_server_resource; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_resource (id, name, type, icon_uri, owner, resource_server_id, owner_managed_access, display_name) FROM stdin;
\.


--
-- Data for Name: resource_server_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_scope (id, name, icon_uri, resource_server_id, display_name) FROM stdin;
\.


--
-- Data for Name: resource_uris; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_uris (resource_id, value) FROM stdin;
\.


--
-- Data for Name: revoked_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.revoked_token (id, expire) FROM stdin;
\.


--
-- Data for Name: role_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.role_attribute (id, role_id, name, value) FROM stdin;
\.


--
-- Data for Name: root_auth_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.root_auth_session (id, realm_id, "timestamp", version) FROM stdin;
\.


--
-- Data for Name: scope_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scope_mapping (client_id, role_id) FROM stdin;
32ce77da-9ff2-486a-af94-664fcf4042bd	4419ae75-4648-40f0-9b31-a18292168d11
32ce77da-9ff2-486a-af94-664fcf4042bd	7b624390-68a8-4458-b25e-c7e0f85d06c7
abb5ee42-22ce-4439-a6d4-d827887cdc03	4cf545cb-77c1-4c5e-ac7c-5823a1d53275
abb5ee42-22ce-4439-a6d4-d827887cdc03	501267f7-3378-4ac6-80ee-1c02c9c75f0c
\.


--
-- Data for Name: scope_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scope_policy (scope_id, policy_id) FROM stdin;
\.


--
-- Data for Name: server_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_config (server_config_key, value, version) FROM stdin;
\.


--
-- Data for Name: single_use_object; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.single_use_object (id, notes, expire) FROM stdin;
\.


--
-- Data for Name: user_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_attribute (name, value, user_id, id, long_value_hash, long_value_hash_lower_case, long_value) FROM stdin;
is_temporary_admin	true	03afad50-02df-43b8-9f8d-aa67cc1f81d1	8040901b-9151-4d1d-be7e-44bd768f6724	\N	\N	\N
pa.last-login	1796514007123 pwd	03afad50-02df-43b8-9f8d-aa67cc1f81d1	8d6e3205-c92a-4ad5-a608-9b70b495ca6c	\N	\N	\N
pa.last-login	1796514023726 hwk,user,mfa	6ed33d2b-fddf-485d-a00e-351de45308ab	9cbe4a66-81f3-4c22-bcb0-fe444c62c731	\N	\N	\N
\.


--
-- Data for Name: user_consent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_consent (id, client_id, user_id, created_date, last_updated_date, client_storage_provider, external_client_id) FROM stdin;
\.


--
-- Data for Name: user_consent_client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_consent_client_scope (user_consent_id, scope_id, parameter) FROM stdin;
\.


--
-- Data for Name: user_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_entity (id, email, email_constraint, email_verified, enabled, federation_link, first_name, last_name, realm_id, username, created_timestamp, service_account_client_link, not_before, last_modified_timestamp) FROM stdin;
03afad50-02df-43b8-9f8d-aa67cc1f81d1	\N	c54a223c-04ff-4acb-b5da-6b1a2c73b3cd	f	t	\N	\N	\N	bf4e4554-5622-49a0-b8c7-978343c47dc7	admin	1796514002012	\N	0	1796514002012
6ed33d2b-fddf-485d-a00e-351de45308ab	upgrade-alice@example.test	upgrade-alice@example.test	t	t	\N	upgrade-alice	Tester	faf0d4cc-ec7f-4d08-8cb6-28f5dbdec6d6	upgrade-alice	1796514016216	\N	0	1796514016216
\.


--
-- Data for Name: user_federation_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_config (user_federation_provider_id, value, name) FROM stdin;
\.


--
-- Data for Name: user_federation_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_mapper (id, name, federation_provider_id, federation_mapper_type, realm_id) FROM stdin;
\.


--
-- Data for Name: user_federation_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_mapper_config (user_federation_mapper_id, value, name) FROM stdin;
\.


--
-- Data for Name: user_federation_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_provider (id, changed_sync_period, display_name, full_sync_period, last_sync, priority, provider_name, realm_id) FROM stdin;
\.


--
-- Data for Name: user_group_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_group_membership (group_id, user_id, membership_type) FROM stdin;
\.


--
-- Data for Name: user_required_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_required_action (user_id, required_action) FROM stdin;
\.


--
-- Data for Name: user_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_role_mapping (role_id, user_id) FROM stdin;
eec81825-a882-488a-8b87-34ba9d687220	03afad50-02df-43b8-9f8d-aa67cc1f81d1
9efd04a5-a328-42da-8b44-a4deb8e2c86d	03afad50-02df-43b8-9f8d-aa67cc1f81d1
c2ba2e5e-c553-4a2d-a6de-500e69034e48	6ed33d2b-fddf-485d-a00e-351de45308ab
\.


--
-- Data for Name: user_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_ver_credential (id, client_scope_id, user_id, revision, created_date, updated_date, user_attributes, version) FROM stdin;
\.


--
-- Data for Name: web_origins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.web_origins (client_id, value) FROM stdin;
53750c90-0658-4f7c-be38-e787fef54463	+
8d16d558-5faf-436a-926d-736747ca6339	+
41cbd3d9-658e-4f73-ab92-d59071b78a47	+
\.


--
-- Data for Name: workflow_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.workflow_state (execution_id, resource_id, workflow_id, resource_type, scheduled_step_id, scheduled_step_timestamp) FROM stdin;
\.


--
-- Name: org_domain ORG_DOMAIN_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_domain
    ADD CONSTRAINT "ORG_DOMAIN_pkey" PRIMARY KEY (id, name);


--
-- Name: org ORG_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT "ORG_pkey" PRIMARY KEY (id);


--
-- Name: server_config SERVER_CONFIG_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_config
    ADD CONSTRAINT "SERVER_CONFIG_pkey" PRIMARY KEY (server_config_key);


--
-- Name: keycloak_role UK_J3RWUVD56ONTGSUHOGM184WW2-2; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT "UK_J3RWUVD56ONTGSUHOGM184WW2-2" UNIQUE (name, client_realm_constraint);


--
-- Name: client_auth_flow_bindings c_cli_flow_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_auth_flow_bindings
    ADD CONSTRAINT c_cli_flow_bind PRIMARY KEY (client_id, binding_name);


--
-- Name: client_scope_client c_cli_scope_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_client
    ADD CONSTRAINT c_cli_scope_bind PRIMARY KEY (client_id, scope_id);


--
-- Name: client_initial_access cnstr_client_init_acc_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_initial_access
    ADD CONSTRAINT cnstr_client_init_acc_pk PRIMARY KEY (id);


--
-- Name: realm_default_groups con_group_id_def_groups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT con_group_id_def_groups UNIQUE (group_id);


--
-- Name: broker_link constr_broker_link_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_link
    ADD CONSTRAINT constr_broker_link_pk PRIMARY KEY (identity_provider, user_id);


--
-- Name: component_config constr_component_config_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component_config
    ADD CONSTRAINT constr_component_config_pk PRIMARY KEY (id);


--
-- Name: component constr_component_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component
    ADD CONSTRAINT constr_component_pk PRIMARY KEY (id);


--
-- Name: fed_user_required_action constr_fed_required_action; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_required_action
    ADD CONSTRAINT constr_fed_required_action PRIMARY KEY (required_action, user_id);


--
-- Name: fed_user_attribute constr_fed_user_attr_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_attribute
    ADD CONSTRAINT constr_fed_user_attr_pk PRIMARY KEY (id);


--
-- Name: fed_user_consent constr_fed_user_consent_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_consent
    ADD CONSTRAINT constr_fed_user_consent_pk PRIMARY KEY (id);


--
-- Name: fed_user_credential constr_fed_user_cred_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_credential
    ADD CONSTRAINT constr_fed_user_cred_pk PRIMARY KEY (id);


--
-- Name: fed_user_group_membership constr_fed_user_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_group_membership
    ADD CONSTRAINT constr_fed_user_group PRIMARY KEY (group_id, user_id);


--
-- Name: fed_user_role_mapping constr_fed_user_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_role_mapping
    ADD CONSTRAINT constr_fed_user_role PRIMARY KEY (role_id, user_id);


--
-- Name: federated_user constr_federated_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_user
    ADD CONSTRAINT constr_federated_user PRIMARY KEY (id);


--
-- Name: realm_default_groups constr_realm_default_groups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT constr_realm_default_groups PRIMARY KEY (realm_id, group_id);


--
-- Name: realm_enabled_event_types constr_realm_enabl_event_types; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_enabled_event_types
    ADD CONSTRAINT constr_realm_enabl_event_types PRIMARY KEY (realm_id, value);


--
-- Name: realm_events_listeners constr_realm_events_listeners; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_events_listeners
    ADD CONSTRAINT constr_realm_events_listeners PRIMARY KEY (realm_id, value);


--
-- Name: realm_supported_locales constr_realm_supported_locales; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_supported_locales
    ADD CONSTRAINT constr_realm_supported_locales PRIMARY KEY (realm_id, value);


--
-- Name: identity_provider constraint_2b; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT constraint_2b PRIMARY KEY (internal_id);


--
-- Name: client_attributes constraint_3c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_attributes
    ADD CONSTRAINT constraint_3c PRIMARY KEY (client_id, name);


--
-- Name: event_entity constraint_4; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_entity
    ADD CONSTRAINT constraint_4 PRIMARY KEY (id);


--
-- Name: federated_identity constraint_40; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_identity
    ADD CONSTRAINT constraint_40 PRIMARY KEY (identity_provider, user_id);


--
-- Name: realm constraint_4a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT constraint_4a PRIMARY KEY (id);


--
-- Name: user_federation_provider constraint_5c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_provider
    ADD CONSTRAINT constraint_5c PRIMARY KEY (id);


--
-- Name: client constraint_7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT constraint_7 PRIMARY KEY (id);


--
-- Name: scope_mapping constraint_81; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_mapping
    ADD CONSTRAINT constraint_81 PRIMARY KEY (client_id, role_id);


--
-- Name: client_node_registrations constraint_84; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_node_registrations
    ADD CONSTRAINT constraint_84 PRIMARY KEY (client_id, name);


--
-- Name: realm_attribute constraint_9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_attribute
    ADD CONSTRAINT constraint_9 PRIMARY KEY (name, realm_id);


--
-- Name: realm_required_credential constraint_92; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_required_credential
    ADD CONSTRAINT constraint_92 PRIMARY KEY (realm_id, type);


--
-- Name: keycloak_role constraint_a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT constraint_a PRIMARY KEY (id);


--
-- Name: admin_event_entity constraint_admin_event_entity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.admin_event_entity
    ADD CONSTRAINT constraint_admin_event_entity PRIMARY KEY (id);


--
-- Name: authenticator_config_entry constraint_auth_cfg_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config_entry
    ADD CONSTRAINT constraint_auth_cfg_pk PRIMARY KEY (authenticator_id, name);


--
-- Name: authentication_execution constraint_auth_exec_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT constraint_auth_exec_pk PRIMARY KEY (id);


--
-- Name: authentication_flow constraint_auth_flow_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_flow
    ADD CONSTRAINT constraint_auth_flow_pk PRIMARY KEY (id);


--
-- Name: authenticator_config constraint_auth_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config
    ADD CONSTRAINT constraint_auth_pk PRIMARY KEY (id);


--
-- Name: user_role_mapping constraint_c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role_mapping
    ADD CONSTRAINT constraint_c PRIMARY KEY (role_id, user_id);


--
-- Name: composite_role constraint_composite_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT constraint_composite_role PRIMARY KEY (composite, child_role);


--
-- Name: identity_provider_config constraint_d; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_config
    ADD CONSTRAINT constraint_d PRIMARY KEY (identity_provider_id, name);


--
-- Name: policy_config constraint_dpc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_config
    ADD CONSTRAINT constraint_dpc PRIMARY KEY (policy_id, name);


--
-- Name: realm_smtp_config constraint_e; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_smtp_config
    ADD CONSTRAINT constraint_e PRIMARY KEY (realm_id, name);


--
-- Name: credential constraint_f; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT constraint_f PRIMARY KEY (id);


--
-- Name: user_federation_config constraint_f9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_config
    ADD CONSTRAINT constraint_f9 PRIMARY KEY (user_federation_provider_id, name);


--
-- Name: resource_server_perm_ticket constraint_fapmt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT constraint_fapmt PRIMARY KEY (id);


--
-- Name: resource_server_resource constraint_farsr; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT constraint_farsr PRIMARY KEY (id);


--
-- Name: resource_server_policy constraint_farsrp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT constraint_farsrp PRIMARY KEY (id);


--
-- Name: associated_policy constraint_farsrpap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT constraint_farsrpap PRIMARY KEY (policy_id, associated_policy_id);


--
-- Name: resource_policy constraint_farsrpp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT constraint_farsrpp PRIMARY KEY (resource_id, policy_id);


--
-- Name: resource_server_scope constraint_farsrs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT constraint_farsrs PRIMARY KEY (id);


--
-- Name: resource_scope constraint_farsrsp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT constraint_farsrsp PRIMARY KEY (resource_id, scope_id);


--
-- Name: scope_policy constraint_farsrsps; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT constraint_farsrsps PRIMARY KEY (scope_id, policy_id);


--
-- Name: user_entity constraint_fb; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT constraint_fb PRIMARY KEY (id);


--
-- Name: user_federation_mapper_config constraint_fedmapper_cfg_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper_config
    ADD CONSTRAINT constraint_fedmapper_cfg_pm PRIMARY KEY (user_federation_mapper_id, name);


--
-- Name: user_federation_mapper constraint_fedmapperpm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT constraint_fedmapperpm PRIMARY KEY (id);


--
-- Name: fed_user_consent_cl_scope constraint_fgrntcsnt_clsc_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_consent_cl_scope
    ADD CONSTRAINT constraint_fgrntcsnt_clsc_pm PRIMARY KEY (user_consent_id, scope_id, parameter);


--
-- Name: user_consent_client_scope constraint_grntcsnt_clsc_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent_client_scope
    ADD CONSTRAINT constraint_grntcsnt_clsc_pm PRIMARY KEY (user_consent_id, scope_id, parameter);


--
-- Name: user_consent constraint_grntcsnt_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT constraint_grntcsnt_pm PRIMARY KEY (id);


--
-- Name: keycloak_group constraint_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT constraint_group PRIMARY KEY (id);


--
-- Name: group_attribute constraint_group_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_attribute
    ADD CONSTRAINT constraint_group_attribute_pk PRIMARY KEY (id);


--
-- Name: group_role_mapping constraint_group_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_role_mapping
    ADD CONSTRAINT constraint_group_role PRIMARY KEY (role_id, group_id);


--
-- Name: identity_provider_mapper constraint_idpm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_mapper
    ADD CONSTRAINT constraint_idpm PRIMARY KEY (id);


--
-- Name: idp_mapper_config constraint_idpmconfig; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idp_mapper_config
    ADD CONSTRAINT constraint_idpmconfig PRIMARY KEY (idp_mapper_id, name);


--
-- Name: jgroups_ping constraint_jgroups_ping; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jgroups_ping
    ADD CONSTRAINT constraint_jgroups_ping PRIMARY KEY (address);


--
-- Name: migration_model constraint_migmod; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT constraint_migmod PRIMARY KEY (id);


--
-- Name: offline_client_session constraint_offl_cl_ses_pk3; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offline_client_session
    ADD CONSTRAINT constraint_offl_cl_ses_pk3 PRIMARY KEY (user_session_id, client_id, client_storage_provider, external_client_id, offline_flag);


--
-- Name: offline_user_session constraint_offl_us_ses_pk2; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offline_user_session
    ADD CONSTRAINT constraint_offl_us_ses_pk2 PRIMARY KEY (user_session_id, offline_flag);


--
-- Name: org_invitation constraint_org_invitation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT constraint_org_invitation PRIMARY KEY (id);


--
-- Name: protocol_mapper constraint_pcm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT constraint_pcm PRIMARY KEY (id);


--
-- Name: protocol_mapper_config constraint_pmconfig; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper_config
    ADD CONSTRAINT constraint_pmconfig PRIMARY KEY (protocol_mapper_id, name);


--
-- Name: redirect_uris constraint_redirect_uris; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redirect_uris
    ADD CONSTRAINT constraint_redirect_uris PRIMARY KEY (client_id, value);


--
-- Name: required_action_config constraint_req_act_cfg_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_config
    ADD CONSTRAINT constraint_req_act_cfg_pk PRIMARY KEY (required_action_id, name);


--
-- Name: required_action_provider constraint_req_act_prv_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_provider
    ADD CONSTRAINT constraint_req_act_prv_pk PRIMARY KEY (id);


--
-- Name: user_required_action constraint_required_action; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_required_action
    ADD CONSTRAINT constraint_required_action PRIMARY KEY (required_action, user_id);


--
-- Name: resource_uris constraint_resour_uris_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_uris
    ADD CONSTRAINT constraint_resour_uris_pk PRIMARY KEY (resource_id, value);


--
-- Name: role_attribute constraint_role_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_attribute
    ADD CONSTRAINT constraint_role_attribute_pk PRIMARY KEY (id);


--
-- Name: revoked_token constraint_rt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token
    ADD CONSTRAINT constraint_rt PRIMARY KEY (id);


--
-- Name: user_attribute constraint_user_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_attribute
    ADD CONSTRAINT constraint_user_attribute_pk PRIMARY KEY (id);


--
-- Name: user_group_membership constraint_user_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_group_membership
    ADD CONSTRAINT constraint_user_group PRIMARY KEY (group_id, user_id);


--
-- Name: user_ver_credential constraint_vcred_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT constraint_vcred_pm PRIMARY KEY (id);


--
-- Name: web_origins constraint_web_origins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.web_origins
    ADD CONSTRAINT constraint_web_origins PRIMARY KEY (client_id, value);


--
-- Name: databasechangeloglock databasechangeloglock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.databasechangeloglock
    ADD CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id);


--
-- Name: auth_session pk_auth_session; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT pk_auth_session PRIMARY KEY (root_auth_session_id, tab_id);


--
-- Name: client_scope_attributes pk_cl_tmpl_attr; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_attributes
    ADD CONSTRAINT pk_cl_tmpl_attr PRIMARY KEY (scope_id, name);


--
-- Name: client_scope pk_cli_template; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope
    ADD CONSTRAINT pk_cli_template PRIMARY KEY (id);


--
-- Name: cluster_event pk_cluster_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_event
    ADD CONSTRAINT pk_cluster_event PRIMARY KEY (id, target_cluster);


--
-- Name: fed_issued_ver_credential pk_fed_issued_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_issued_ver_credential
    ADD CONSTRAINT pk_fed_issued_ver_credential PRIMARY KEY (id);


--
-- Name: fed_user_ver_credential pk_fed_user_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_ver_credential
    ADD CONSTRAINT pk_fed_user_ver_credential PRIMARY KEY (id);


--
-- Name: issued_ver_credential pk_issued_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT pk_issued_ver_credential PRIMARY KEY (id);


--
-- Name: login_failure pk_login_failure; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failure
    ADD CONSTRAINT pk_login_failure PRIMARY KEY (realm_id, user_id);


--
-- Name: outbox_entry pk_outbox_entry; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_entry
    ADD CONSTRAINT pk_outbox_entry PRIMARY KEY (id);


--
-- Name: pa_event_outbox pk_pa_event_outbox; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pa_event_outbox
    ADD CONSTRAINT pk_pa_event_outbox PRIMARY KEY (id);


--
-- Name: pa_passkey_details pk_pa_passkey_details; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pa_passkey_details
    ADD CONSTRAINT pk_pa_passkey_details PRIMARY KEY (credential_id);


--
-- Name: pa_passkey_operation pk_pa_passkey_operation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pa_passkey_operation
    ADD CONSTRAINT pk_pa_passkey_operation PRIMARY KEY (id);


--
-- Name: pa_siem_config pk_pa_siem_config; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pa_siem_config
    ADD CONSTRAINT pk_pa_siem_config PRIMARY KEY (realm_id);


--
-- Name: resource_server pk_resource_server; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server
    ADD CONSTRAINT pk_resource_server PRIMARY KEY (id);


--
-- Name: root_auth_session pk_root_auth_session; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.root_auth_session
    ADD CONSTRAINT pk_root_auth_session PRIMARY KEY (id);


--
-- Name: single_use_object pk_single_use_object; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.single_use_object
    ADD CONSTRAINT pk_single_use_object PRIMARY KEY (id);


--
-- Name: client_scope_role_mapping pk_template_scope; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_role_mapping
    ADD CONSTRAINT pk_template_scope PRIMARY KEY (scope_id, role_id);


--
-- Name: workflow_state pk_workflow_state; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workflow_state
    ADD CONSTRAINT pk_workflow_state PRIMARY KEY (execution_id);


--
-- Name: default_client_scope r_def_cli_scope_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.default_client_scope
    ADD CONSTRAINT r_def_cli_scope_bind PRIMARY KEY (realm_id, scope_id);


--
-- Name: realm_localizations realm_localizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_localizations
    ADD CONSTRAINT realm_localizations_pkey PRIMARY KEY (realm_id, locale);


--
-- Name: resource_attribute res_attr_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_attribute
    ADD CONSTRAINT res_attr_pk PRIMARY KEY (id);


--
-- Name: keycloak_group sibling_names; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT sibling_names UNIQUE (realm_id, parent_group, name);


--
-- Name: outbox_entry uc_outbox_kind_owner_correlation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_entry
    ADD CONSTRAINT uc_outbox_kind_owner_correlation UNIQUE (entry_kind, owner_id, correlation_id);


--
-- Name: identity_provider uk_2daelwnibji49avxsrtuf6xj33; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT uk_2daelwnibji49avxsrtuf6xj33 UNIQUE (provider_alias, realm_id);


--
-- Name: client uk_b71cjlbenv945rb6gcon438at; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT uk_b71cjlbenv945rb6gcon438at UNIQUE (realm_id, client_id);


--
-- Name: client_scope uk_cli_scope; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope
    ADD CONSTRAINT uk_cli_scope UNIQUE (realm_id, name);


--
-- Name: user_entity uk_dykn684sl8up1crfei6eckhd7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT uk_dykn684sl8up1crfei6eckhd7 UNIQUE (realm_id, email_constraint);


--
-- Name: user_consent uk_external_consent; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT uk_external_consent UNIQUE (client_storage_provider, external_client_id, user_id);


--
-- Name: fed_user_ver_credential uk_fed_user_vc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_ver_credential
    ADD CONSTRAINT uk_fed_user_vc UNIQUE (user_id, client_scope_id);


--
-- Name: resource_server_resource uk_frsr6t700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT uk_frsr6t700s9v50bu18ws5ha6 UNIQUE (name, owner, resource_server_id);


--
-- Name: resource_server_perm_ticket uk_frsr6t700s9v50bu18ws5pmt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT uk_frsr6t700s9v50bu18ws5pmt UNIQUE (owner, requester, resource_server_id, resource_id, scope_id);


--
-- Name: resource_server_policy uk_frsrpt700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT uk_frsrpt700s9v50bu18ws5ha6 UNIQUE (name, resource_server_id);


--
-- Name: resource_server_scope uk_frsrst700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT uk_frsrst700s9v50bu18ws5ha6 UNIQUE (name, resource_server_id);


--
-- Name: user_ver_credential uk_kkuwuvd67ontgsugogm8uewre; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT uk_kkuwuvd67ontgsugogm8uewre UNIQUE (user_id, client_scope_id);


--
-- Name: user_consent uk_local_consent; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT uk_local_consent UNIQUE (client_id, user_id);


--
-- Name: migration_model uk_migration_update_time; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT uk_migration_update_time UNIQUE (update_time);


--
-- Name: migration_model uk_migration_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT uk_migration_version UNIQUE (version);


--
-- Name: org uk_org_alias; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_alias UNIQUE (realm_id, alias);


--
-- Name: org uk_org_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_group UNIQUE (group_id);


--
-- Name: org_invitation uk_org_invitation_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT uk_org_invitation_email UNIQUE (organization_id, email);


--
-- Name: org uk_org_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_name UNIQUE (realm_id, name);


--
-- Name: realm uk_orvsdmla56612eaefiq6wl5oi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT uk_orvsdmla56612eaefiq6wl5oi UNIQUE (name);


--
-- Name: user_entity uk_ru8tt6t700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT uk_ru8tt6t700s9v50bu18ws5ha6 UNIQUE (realm_id, username);


--
-- Name: workflow_state uq_workflow_resource; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workflow_state
    ADD CONSTRAINT uq_workflow_resource UNIQUE (workflow_id, resource_id);


--
-- Name: fed_user_attr_long_values; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fed_user_attr_long_values ON public.fed_user_attribute USING btree (long_value_hash, name);


--
-- Name: fed_user_attr_long_values_lower_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fed_user_attr_long_values_lower_case ON public.fed_user_attribute USING btree (long_value_hash_lower_case, name);


--
-- Name: idx_admin_event_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_admin_event_time ON public.admin_event_entity USING btree (realm_id, admin_event_time);


--
-- Name: idx_assoc_pol_assoc_pol_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_assoc_pol_assoc_pol_id ON public.associated_policy USING btree (associated_policy_id);


--
-- Name: idx_auth_config_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_config_realm ON public.authenticator_config USING btree (realm_id);


--
-- Name: idx_auth_exec_flow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_exec_flow ON public.authentication_execution USING btree (flow_id);


--
-- Name: idx_auth_exec_realm_flow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_exec_realm_flow ON public.authentication_execution USING btree (realm_id, flow_id);


--
-- Name: idx_auth_flow_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_flow_realm ON public.authentication_flow USING btree (realm_id);


--
-- Name: idx_broker_link_identity_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_broker_link_identity_provider ON public.broker_link USING btree (realm_id, identity_provider, broker_user_id);


--
-- Name: idx_broker_link_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_broker_link_user_id ON public.broker_link USING btree (user_id);


--
-- Name: idx_cl_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_cl_clscope ON public.client_scope_client USING btree (scope_id);


--
-- Name: idx_client_att_by_name_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_att_by_name_value ON public.client_attributes USING btree (name, substr(value, 1, 255));


--
-- Name: idx_client_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_id ON public.client USING btree (client_id);


--
-- Name: idx_client_init_acc_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_init_acc_realm ON public.client_initial_access USING btree (realm_id);


--
-- Name: idx_clscope_attrs; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_attrs ON public.client_scope_attributes USING btree (scope_id);


--
-- Name: idx_clscope_cl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_cl ON public.client_scope_client USING btree (client_id);


--
-- Name: idx_clscope_protmap; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_protmap ON public.protocol_mapper USING btree (client_scope_id);


--
-- Name: idx_clscope_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_role ON public.client_scope_role_mapping USING btree (scope_id);


--
-- Name: idx_cluster_event_target; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_cluster_event_target ON public.cluster_event USING btree (target_cluster, created_at);


--
-- Name: idx_compo_config_compo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_compo_config_compo ON public.component_config USING btree (component_id);


--
-- Name: idx_component_provider_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_component_provider_type ON public.component USING btree (provider_type);


--
-- Name: idx_component_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_component_realm ON public.component USING btree (realm_id);


--
-- Name: idx_composite; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_composite ON public.composite_role USING btree (composite);


--
-- Name: idx_composite_child; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_composite_child ON public.composite_role USING btree (child_role);


--
-- Name: idx_defcls_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_defcls_realm ON public.default_client_scope USING btree (realm_id);


--
-- Name: idx_defcls_scope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_defcls_scope ON public.default_client_scope USING btree (scope_id);


--
-- Name: idx_event_entity_user_id_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_entity_user_id_type ON public.event_entity USING btree (user_id, type, event_time);


--
-- Name: idx_event_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_time ON public.event_entity USING btree (realm_id, event_time);


--
-- Name: idx_fed_issued_vc_cred_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_cred_id ON public.fed_issued_ver_credential USING btree (ver_credential_id);


--
-- Name: idx_fed_issued_vc_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_expires ON public.fed_issued_ver_credential USING btree (expires_at);


--
-- Name: idx_fed_issued_vc_storage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_storage ON public.fed_issued_ver_credential USING btree (storage_provider_id);


--
-- Name: idx_fed_issued_vc_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_user ON public.fed_issued_ver_credential USING btree (user_id, realm_id, issued_at);


--
-- Name: idx_fed_user_vc_realm_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_user_vc_realm_user ON public.fed_user_ver_credential USING btree (realm_id, user_id);


--
-- Name: idx_fedidentity_feduser; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fedidentity_feduser ON public.federated_identity USING btree (federated_user_id);


--
-- Name: idx_fedidentity_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fedidentity_user ON public.federated_identity USING btree (user_id);


--
-- Name: idx_fu_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_attribute ON public.fed_user_attribute USING btree (user_id, realm_id, name);


--
-- Name: idx_fu_cnsnt_ext; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_cnsnt_ext ON public.fed_user_consent USING btree (user_id, client_storage_provider, external_client_id);


--
-- Name: idx_fu_consent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_consent ON public.fed_user_consent USING btree (user_id, client_id);


--
-- Name: idx_fu_consent_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_consent_ru ON public.fed_user_consent USING btree (realm_id, user_id);


--
-- Name: idx_fu_credential; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_credential ON public.fed_user_credential USING btree (user_id, type);


--
-- Name: idx_fu_credential_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_credential_ru ON public.fed_user_credential USING btree (realm_id, user_id);


--
-- Name: idx_fu_group_membership; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_group_membership ON public.fed_user_group_membership USING btree (user_id, group_id);


--
-- Name: idx_fu_group_membership_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_group_membership_ru ON public.fed_user_group_membership USING btree (realm_id, user_id);


--
-- Name: idx_fu_required_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_required_action ON public.fed_user_required_action USING btree (user_id, required_action);


--
-- Name: idx_fu_required_action_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_required_action_ru ON public.fed_user_required_action USING btree (realm_id, user_id);


--
-- Name: idx_fu_role_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_role_mapping ON public.fed_user_role_mapping USING btree (user_id, role_id);


--
-- Name: idx_fu_role_mapping_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_role_mapping_ru ON public.fed_user_role_mapping USING btree (realm_id, user_id);


--
-- Name: idx_group_att_by_name_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_att_by_name_value ON public.group_attribute USING btree (name, ((value)::character varying(250)));


--
-- Name: idx_group_attr_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_attr_group ON public.group_attribute USING btree (group_id);


--
-- Name: idx_group_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_org_id ON public.keycloak_group USING btree (org_id);


--
-- Name: idx_group_role_mapp_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_role_mapp_group ON public.group_role_mapping USING btree (group_id);


--
-- Name: idx_id_prov_mapp_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_id_prov_mapp_realm ON public.identity_provider_mapper USING btree (realm_id);


--
-- Name: idx_ident_prov_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ident_prov_realm ON public.identity_provider USING btree (realm_id);


--
-- Name: idx_idp_for_login; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_idp_for_login ON public.identity_provider USING btree (realm_id, enabled, link_only, hide_on_login, organization_id);


--
-- Name: idx_idp_realm_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_idp_realm_org ON public.identity_provider USING btree (realm_id, organization_id);


--
-- Name: idx_issued_ver_credential_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_expires_at ON public.issued_ver_credential USING btree (expires_at);


--
-- Name: idx_issued_ver_credential_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_user ON public.issued_ver_credential USING btree (user_id, issued_at);


--
-- Name: idx_issued_ver_credential_vc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_vc ON public.issued_ver_credential USING btree (ver_credential_id);


--
-- Name: idx_keycloak_role_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_keycloak_role_client ON public.keycloak_role USING btree (client);


--
-- Name: idx_keycloak_role_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_keycloak_role_realm ON public.keycloak_role USING btree (realm);


--
-- Name: idx_login_failure_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_login_failure_expire ON public.login_failure USING btree (last_failure);


--
-- Name: idx_offline_css_by_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client ON public.offline_client_session USING btree (client_id, offline_flag) WHERE ((client_id)::text <> 'external'::text);


--
-- Name: idx_offline_css_by_client_and_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client_and_realm ON public.offline_client_session USING btree (realm_id, offline_flag, client_id, client_storage_provider, external_client_id);


--
-- Name: idx_offline_css_by_client_storage_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client_storage_provider ON public.offline_client_session USING btree (client_storage_provider, external_client_id, offline_flag) WHERE ((client_storage_provider)::text <> 'internal'::text);


--
-- Name: idx_offline_css_by_user_session_and_offline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_user_session_and_offline ON public.offline_client_session USING btree (offline_flag, user_session_id);


--
-- Name: idx_offline_uss_by_broker_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_uss_by_broker_session_id ON public.offline_user_session USING btree (broker_session_id, realm_id);


--
-- Name: idx_offline_uss_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_uss_by_user ON public.offline_user_session USING btree (user_id, realm_id, offline_flag);


--
-- Name: idx_org_domain_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_domain_org_id ON public.org_domain USING btree (org_id);


--
-- Name: idx_org_invitation_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_email ON public.org_invitation USING btree (email);


--
-- Name: idx_org_invitation_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_expires ON public.org_invitation USING btree (expires_at);


--
-- Name: idx_org_invitation_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_org_id ON public.org_invitation USING btree (organization_id);


--
-- Name: idx_outbox_container; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_container ON public.outbox_entry USING btree (entry_kind, owner_id, container_id);


--
-- Name: idx_outbox_drain; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_drain ON public.outbox_entry USING btree (entry_kind, status, next_attempt_at);


--
-- Name: idx_outbox_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_owner ON public.outbox_entry USING btree (entry_kind, owner_id, status);


--
-- Name: idx_outbox_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_realm ON public.outbox_entry USING btree (entry_kind, realm_id, status);


--
-- Name: idx_pa_operation_environment; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_operation_environment ON public.pa_passkey_operation USING btree (realm_id, environment_key, started_at);


--
-- Name: idx_pa_operation_started; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_operation_started ON public.pa_passkey_operation USING btree (started_at);


--
-- Name: idx_pa_operation_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_operation_user ON public.pa_passkey_operation USING btree (realm_id, user_id, started_at);


--
-- Name: idx_pa_outbox_delivered; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_outbox_delivered ON public.pa_event_outbox USING btree (status, delivered_at);


--
-- Name: idx_pa_outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_outbox_due ON public.pa_event_outbox USING btree (status, next_attempt_at);


--
-- Name: idx_pa_outbox_lease; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_outbox_lease ON public.pa_event_outbox USING btree (lease_owner);


--
-- Name: idx_pa_outbox_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_outbox_realm ON public.pa_event_outbox USING btree (realm_id, status);


--
-- Name: idx_pa_passkey_details_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pa_passkey_details_user ON public.pa_passkey_details USING btree (realm_id, user_id);


--
-- Name: idx_perm_ticket_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_perm_ticket_owner ON public.resource_server_perm_ticket USING btree (owner);


--
-- Name: idx_perm_ticket_requester; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_perm_ticket_requester ON public.resource_server_perm_ticket USING btree (requester);


--
-- Name: idx_protocol_mapper_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_protocol_mapper_client ON public.protocol_mapper USING btree (client_id);


--
-- Name: idx_realm_attr_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_attr_realm ON public.realm_attribute USING btree (realm_id);


--
-- Name: idx_realm_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_clscope ON public.client_scope USING btree (realm_id);


--
-- Name: idx_realm_def_grp_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_def_grp_realm ON public.realm_default_groups USING btree (realm_id);


--
-- Name: idx_realm_evt_list_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_evt_list_realm ON public.realm_events_listeners USING btree (realm_id);


--
-- Name: idx_realm_evt_types_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_evt_types_realm ON public.realm_enabled_event_types USING btree (realm_id);


--
-- Name: idx_realm_master_adm_cli; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_master_adm_cli ON public.realm USING btree (master_admin_client);


--
-- Name: idx_realm_supp_local_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_supp_local_realm ON public.realm_supported_locales USING btree (realm_id);


--
-- Name: idx_redir_uri_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_redir_uri_client ON public.redirect_uris USING btree (client_id);


--
-- Name: idx_req_act_prov_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_req_act_prov_realm ON public.required_action_provider USING btree (realm_id);


--
-- Name: idx_res_policy_policy; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_policy_policy ON public.resource_policy USING btree (policy_id);


--
-- Name: idx_res_scope_scope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_scope_scope ON public.resource_scope USING btree (scope_id);


--
-- Name: idx_res_serv_pol_res_serv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_serv_pol_res_serv ON public.resource_server_policy USING btree (resource_server_id);


--
-- Name: idx_res_srv_res_res_srv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_srv_res_res_srv ON public.resource_server_resource USING btree (resource_server_id);


--
-- Name: idx_res_srv_scope_res_srv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_srv_scope_res_srv ON public.resource_server_scope USING btree (resource_server_id);


--
-- Name: idx_rev_token_on_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_rev_token_on_expire ON public.revoked_token USING btree (expire);


--
-- Name: idx_role_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_role_attribute ON public.role_attribute USING btree (role_id);


--
-- Name: idx_role_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_role_clscope ON public.client_scope_role_mapping USING btree (role_id);


--
-- Name: idx_root_auth_session_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_root_auth_session_realm ON public.root_auth_session USING btree (realm_id, "timestamp");


--
-- Name: idx_scope_mapping_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_scope_mapping_role ON public.scope_mapping USING btree (role_id);


--
-- Name: idx_scope_policy_policy; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_scope_policy_policy ON public.scope_policy USING btree (policy_id);


--
-- Name: idx_single_use_obj_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_single_use_obj_expire ON public.single_use_object USING btree (expire);


--
-- Name: idx_update_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_update_time ON public.migration_model USING btree (update_time);


--
-- Name: idx_usconsent_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usconsent_clscope ON public.user_consent_client_scope USING btree (user_consent_id);


--
-- Name: idx_usconsent_scope_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usconsent_scope_id ON public.user_consent_client_scope USING btree (scope_id);


--
-- Name: idx_user_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_attribute ON public.user_attribute USING btree (user_id);


--
-- Name: idx_user_attribute_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_attribute_name ON public.user_attribute USING btree (name, value);


--
-- Name: idx_user_consent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_consent ON public.user_consent USING btree (user_id);


--
-- Name: idx_user_created_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_created_timestamp ON public.user_entity USING btree (realm_id, created_timestamp);


--
-- Name: idx_user_credential; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_credential ON public.credential USING btree (user_id);


--
-- Name: idx_user_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_email ON public.user_entity USING btree (email);


--
-- Name: idx_user_group_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_group_mapping ON public.user_group_membership USING btree (user_id);


--
-- Name: idx_user_reqactions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_reqactions ON public.user_required_action USING btree (user_id);


--
-- Name: idx_user_role_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_role_mapping ON public.user_role_mapping USING btree (user_id);


--
-- Name: idx_user_service_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_service_account ON public.user_entity USING btree (realm_id, service_account_client_link);


--
-- Name: idx_user_session_expiration_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_session_expiration_created ON public.offline_user_session USING btree (realm_id, offline_flag, remember_me, created_on, user_session_id, user_id);


--
-- Name: idx_user_session_expiration_last_refresh; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_session_expiration_last_refresh ON public.offline_user_session USING btree (realm_id, offline_flag, remember_me, last_session_refresh, user_session_id, user_id);


--
-- Name: idx_usr_fed_map_fed_prv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_map_fed_prv ON public.user_federation_mapper USING btree (federation_provider_id);


--
-- Name: idx_usr_fed_map_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_map_realm ON public.user_federation_mapper USING btree (realm_id);


--
-- Name: idx_usr_fed_prv_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_prv_realm ON public.user_federation_provider USING btree (realm_id);


--
-- Name: idx_web_orig_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_web_orig_client ON public.web_origins USING btree (client_id);


--
-- Name: idx_workflow_state_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_state_provider ON public.workflow_state USING btree (resource_id);


--
-- Name: idx_workflow_state_step; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_state_step ON public.workflow_state USING btree (workflow_id, scheduled_step_id);


--
-- Name: user_attr_long_values; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_attr_long_values ON public.user_attribute USING btree (long_value_hash, name);


--
-- Name: user_attr_long_values_lower_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_attr_long_values_lower_case ON public.user_attribute USING btree (long_value_hash_lower_case, name);


--
-- Name: identity_provider fk2b4ebc52ae5c3b34; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT fk2b4ebc52ae5c3b34 FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: client_attributes fk3c47c64beacca966; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_attributes
    ADD CONSTRAINT fk3c47c64beacca966 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: federated_identity fk404288b92ef007a6; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_identity
    ADD CONSTRAINT fk404288b92ef007a6 FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: client_node_registrations fk4129723ba992f594; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_node_registrations
    ADD CONSTRAINT fk4129723ba992f594 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: redirect_uris fk_1burs8pb4ouj97h5wuppahv9f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redirect_uris
    ADD CONSTRAINT fk_1burs8pb4ouj97h5wuppahv9f FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: user_federation_provider fk_1fj32f6ptolw2qy60cd8n01e8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_provider
    ADD CONSTRAINT fk_1fj32f6ptolw2qy60cd8n01e8 FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_required_credential fk_5hg65lybevavkqfki3kponh9v; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_required_credential
    ADD CONSTRAINT fk_5hg65lybevavkqfki3kponh9v FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: resource_attribute fk_5hrm2vlf9ql5fu022kqepovbr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_attribute
    ADD CONSTRAINT fk_5hrm2vlf9ql5fu022kqepovbr FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: user_attribute fk_5hrm2vlf9ql5fu043kqepovbr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_attribute
    ADD CONSTRAINT fk_5hrm2vlf9ql5fu043kqepovbr FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: user_required_action fk_6qj3w1jw9cvafhe19bwsiuvmd; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_required_action
    ADD CONSTRAINT fk_6qj3w1jw9cvafhe19bwsiuvmd FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: keycloak_role fk_6vyqfe4cn4wlq8r6kt5vdsj5c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT fk_6vyqfe4cn4wlq8r6kt5vdsj5c FOREIGN KEY (realm) REFERENCES public.realm(id);


--
-- Name: realm_smtp_config fk_70ej8xdxgxd0b9hh6180irr0o; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_smtp_config
    ADD CONSTRAINT fk_70ej8xdxgxd0b9hh6180irr0o FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_attribute fk_8shxd6l3e9atqukacxgpffptw; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_attribute
    ADD CONSTRAINT fk_8shxd6l3e9atqukacxgpffptw FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: composite_role fk_a63wvekftu8jo1pnj81e7mce2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT fk_a63wvekftu8jo1pnj81e7mce2 FOREIGN KEY (composite) REFERENCES public.keycloak_role(id);


--
-- Name: authentication_execution fk_auth_exec_flow; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT fk_auth_exec_flow FOREIGN KEY (flow_id) REFERENCES public.authentication_flow(id);


--
-- Name: authentication_execution fk_auth_exec_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT fk_auth_exec_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: authentication_flow fk_auth_flow_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_flow
    ADD CONSTRAINT fk_auth_flow_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: authenticator_config fk_auth_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config
    ADD CONSTRAINT fk_auth_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: auth_session fk_auth_session_root; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT fk_auth_session_root FOREIGN KEY (root_auth_session_id) REFERENCES public.root_auth_session(id) ON DELETE CASCADE;


--
-- Name: user_role_mapping fk_c4fqv34p1mbylloxang7b1q3l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role_mapping
    ADD CONSTRAINT fk_c4fqv34p1mbylloxang7b1q3l FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: client_scope_attributes fk_cl_scope_attr_scope; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_attributes
    ADD CONSTRAINT fk_cl_scope_attr_scope FOREIGN KEY (scope_id) REFERENCES public.client_scope(id);


--
-- Name: client_scope_role_mapping fk_cl_scope_rm_scope; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_role_mapping
    ADD CONSTRAINT fk_cl_scope_rm_scope FOREIGN KEY (scope_id) REFERENCES public.client_scope(id);


--
-- Name: protocol_mapper fk_cli_scope_mapper; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT fk_cli_scope_mapper FOREIGN KEY (client_scope_id) REFERENCES public.client_scope(id);


--
-- Name: client_initial_access fk_client_init_acc_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_initial_access
    ADD CONSTRAINT fk_client_init_acc_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: component_config fk_component_config; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component_config
    ADD CONSTRAINT fk_component_config FOREIGN KEY (component_id) REFERENCES public.component(id);


--
-- Name: component fk_component_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component
    ADD CONSTRAINT fk_component_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_default_groups fk_def_groups_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT fk_def_groups_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: fed_issued_ver_credential fk_fed_issued_vc_ver_cred; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_issued_ver_credential
    ADD CONSTRAINT fk_fed_issued_vc_ver_cred FOREIGN KEY (ver_credential_id) REFERENCES public.fed_user_ver_credential(id);


--
-- Name: user_federation_mapper_config fk_fedmapper_cfg; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper_config
    ADD CONSTRAINT fk_fedmapper_cfg FOREIGN KEY (user_federation_mapper_id) REFERENCES public.user_federation_mapper(id);


--
-- Name: user_federation_mapper fk_fedmapperpm_fedprv; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT fk_fedmapperpm_fedprv FOREIGN KEY (federation_provider_id) REFERENCES public.user_federation_provider(id);


--
-- Name: user_federation_mapper fk_fedmapperpm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT fk_fedmapperpm_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: associated_policy fk_frsr5s213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT fk_frsr5s213xcx4wnkog82ssrfy FOREIGN KEY (associated_policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: scope_policy fk_frsrasp13xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT fk_frsrasp13xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog82sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog82sspmt FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_server_resource fk_frsrho213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT fk_frsrho213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog83sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog83sspmt FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog84sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog84sspmt FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: associated_policy fk_frsrpas14xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT fk_frsrpas14xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: scope_policy fk_frsrpass3xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT fk_frsrpass3xcx4wnkog82ssrfy FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: resource_server_perm_ticket fk_frsrpo2128cx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrpo2128cx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_server_policy fk_frsrpo213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT fk_frsrpo213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_scope fk_frsrpos13xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT fk_frsrpos13xcx4wnkog82ssrfy FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_policy fk_frsrpos53xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT fk_frsrpos53xcx4wnkog82ssrfy FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_policy fk_frsrpp213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT fk_frsrpp213xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_scope fk_frsrps213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT fk_frsrps213xcx4wnkog82ssrfy FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: resource_server_scope fk_frsrso213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT fk_frsrso213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: composite_role fk_gr7thllb9lu8q4vqa4524jjy8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT fk_gr7thllb9lu8q4vqa4524jjy8 FOREIGN KEY (child_role) REFERENCES public.keycloak_role(id);


--
-- Name: user_consent_client_scope fk_grntcsnt_clsc_usc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent_client_scope
    ADD CONSTRAINT fk_grntcsnt_clsc_usc FOREIGN KEY (user_consent_id) REFERENCES public.user_consent(id);


--
-- Name: user_consent fk_grntcsnt_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT fk_grntcsnt_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: group_attribute fk_group_attribute_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_attribute
    ADD CONSTRAINT fk_group_attribute_group FOREIGN KEY (group_id) REFERENCES public.keycloak_group(id);


--
-- Name: keycloak_group fk_group_organization; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT fk_group_organization FOREIGN KEY (org_id) REFERENCES public.org(id);


--
-- Name: group_role_mapping fk_group_role_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_role_mapping
    ADD CONSTRAINT fk_group_role_group FOREIGN KEY (group_id) REFERENCES public.keycloak_group(id);


--
-- Name: realm_enabled_event_types fk_h846o4h0w8epx5nwedrf5y69j; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_enabled_event_types
    ADD CONSTRAINT fk_h846o4h0w8epx5nwedrf5y69j FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_events_listeners fk_h846o4h0w8epx5nxev9f5y69j; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_events_listeners
    ADD CONSTRAINT fk_h846o4h0w8epx5nxev9f5y69j FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: identity_provider_mapper fk_idpm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_mapper
    ADD CONSTRAINT fk_idpm_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: idp_mapper_config fk_idpmconfig; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idp_mapper_config
    ADD CONSTRAINT fk_idpmconfig FOREIGN KEY (idp_mapper_id) REFERENCES public.identity_provider_mapper(id);


--
-- Name: issued_ver_credential fk_issued_ver_credential_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT fk_issued_ver_credential_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: issued_ver_credential fk_issued_ver_credential_vc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT fk_issued_ver_credential_vc FOREIGN KEY (ver_credential_id) REFERENCES public.user_ver_credential(id);


--
-- Name: web_origins fk_lojpho213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.web_origins
    ADD CONSTRAINT fk_lojpho213xcx4wnkog82ssrfy FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: org_invitation fk_org_invitation_org; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT fk_org_invitation_org FOREIGN KEY (organization_id) REFERENCES public.org(id) ON DELETE CASCADE;


--
-- Name: scope_mapping fk_ouse064plmlr732lxjcn1q5f1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_mapping
    ADD CONSTRAINT fk_ouse064plmlr732lxjcn1q5f1 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: pa_passkey_details fk_pa_passkey_details_credential; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pa_passkey_details
    ADD CONSTRAINT fk_pa_passkey_details_credential FOREIGN KEY (credential_id) REFERENCES public.credential(id) ON DELETE CASCADE;


--
-- Name: protocol_mapper fk_pcm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT fk_pcm_realm FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: credential fk_pfyr0glasqyl0dei3kl69r6v0; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT fk_pfyr0glasqyl0dei3kl69r6v0 FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: protocol_mapper_config fk_pmconfig; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper_config
    ADD CONSTRAINT fk_pmconfig FOREIGN KEY (protocol_mapper_id) REFERENCES public.protocol_mapper(id);


--
-- Name: default_client_scope fk_r_def_cli_scope_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.default_client_scope
    ADD CONSTRAINT fk_r_def_cli_scope_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: required_action_provider fk_req_act_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_provider
    ADD CONSTRAINT fk_req_act_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: resource_uris fk_resource_server_uris; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_uris
    ADD CONSTRAINT fk_resource_server_uris FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: role_attribute fk_role_attribute_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_attribute
    ADD CONSTRAINT fk_role_attribute_id FOREIGN KEY (role_id) REFERENCES public.keycloak_role(id);


--
-- Name: realm_supported_locales fk_supported_locales_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_supported_locales
    ADD CONSTRAINT fk_supported_locales_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: user_federation_config fk_t13hpu1j94r2ebpekr39x5eu5; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_config
    ADD CONSTRAINT fk_t13hpu1j94r2ebpekr39x5eu5 FOREIGN KEY (user_federation_provider_id) REFERENCES public.user_federation_provider(id);


--
-- Name: user_group_membership fk_user_group_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_group_membership
    ADD CONSTRAINT fk_user_group_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: user_ver_credential fk_vcred_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT fk_vcred_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: policy_config fkdc34197cf864c4e43; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_config
    ADD CONSTRAINT fkdc34197cf864c4e43 FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: identity_provider_config fkdc4897cf864c4e43; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_config
    ADD CONSTRAINT fkdc4897cf864c4e43 FOREIGN KEY (identity_provider_id) REFERENCES public.identity_provider(internal_id);


--
-- PostgreSQL database dump complete
--

\unrestrict 4NQ8qIquvnzEwzOCaN8w43boZTLjAfNTdDTFJC9ZuGjoFd4MUunFeIJu5NN0bvk

