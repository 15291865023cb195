CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE product_groups (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	members TEXT NOT NULL, 
	CONSTRAINT pk_product_groups PRIMARY KEY (id), 
	CONSTRAINT uq_product_groups_name UNIQUE (name)
);

CREATE TABLE settings (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);

CREATE TABLE shops (
	id INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	environment VARCHAR(16) NOT NULL, 
	api_url VARCHAR(255) NOT NULL, 
	auth_url VARCHAR(255) NOT NULL, 
	client_id VARCHAR(255) NOT NULL, 
	seller_login VARCHAR(255) NOT NULL, 
	needs_reconnect BOOLEAN NOT NULL, 
	connected_at VARCHAR(32), 
	created_at VARCHAR(32) NOT NULL, backlog_mode VARCHAR(8) DEFAULT 'ask' NOT NULL, 
	CONSTRAINT pk_shops PRIMARY KEY (id), 
	CONSTRAINT uq_shops_name UNIQUE (name)
);

CREATE TABLE customer_returns (
	id INTEGER NOT NULL, 
	shop_id INTEGER NOT NULL, 
	return_id VARCHAR(64) NOT NULL, 
	order_id VARCHAR(64) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	reference_number VARCHAR(64) NOT NULL, 
	buyer_login VARCHAR(120) NOT NULL, 
	buyer_email VARCHAR(255) NOT NULL, 
	bank_owner VARCHAR(255) NOT NULL, 
	bank_account_number VARCHAR(64) NOT NULL, 
	bank_iban VARCHAR(64) NOT NULL, 
	bank_swift VARCHAR(16) NOT NULL, 
	rejection_code VARCHAR(32) NOT NULL, 
	synced_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_customer_returns PRIMARY KEY (id), 
	CONSTRAINT fk_customer_returns_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE, 
	CONSTRAINT uq_customer_returns_shop_id_return_id UNIQUE (shop_id, return_id)
);

CREATE INDEX ix_customer_returns_order_id ON customer_returns (order_id);

CREATE INDEX ix_customer_returns_shop_id ON customer_returns (shop_id);

CREATE INDEX ix_customer_returns_status ON customer_returns (status);

CREATE TABLE order_events (
	id INTEGER NOT NULL, 
	shop_id INTEGER NOT NULL, 
	order_id VARCHAR(64) NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	source_id VARCHAR(64), 
	type VARCHAR(48) NOT NULL, 
	occurred_at VARCHAR(32) NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_order_events PRIMARY KEY (id), 
	CONSTRAINT fk_order_events_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE, 
	CONSTRAINT uq_order_events_shop_id_source_source_id UNIQUE (shop_id, source, source_id)
);

CREATE INDEX ix_order_events_order_id ON order_events (order_id);

CREATE TABLE orders (
	id INTEGER NOT NULL, 
	shop_id INTEGER NOT NULL, 
	order_id VARCHAR(64) NOT NULL, 
	revision VARCHAR(64) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	fulfillment_status VARCHAR(32) NOT NULL, 
	line_items_sent VARCHAR(8) NOT NULL, 
	buyer_id VARCHAR(64) NOT NULL, 
	buyer_login VARCHAR(120) NOT NULL, 
	buyer_email VARCHAR(255) NOT NULL, 
	buyer_first_name VARCHAR(255) NOT NULL, 
	buyer_last_name VARCHAR(255) NOT NULL, 
	buyer_language VARCHAR(16) NOT NULL, 
	buyer_guest BOOLEAN NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	total_minor BIGINT, 
	delivery_cost_minor BIGINT, 
	delivery_method VARCHAR(255) NOT NULL, 
	dispatch_deadline VARCHAR(32), 
	marketplace_id VARCHAR(32) NOT NULL, 
	bought_at VARCHAR(32), 
	updated_at VARCHAR(32), 
	synced_at VARCHAR(32) NOT NULL, 
	sync_error TEXT NOT NULL, buyer_phone VARCHAR(32) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_orders PRIMARY KEY (id), 
	CONSTRAINT fk_orders_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE, 
	CONSTRAINT uq_orders_shop_id_order_id UNIQUE (shop_id, order_id)
);

CREATE INDEX ix_orders_bought_at ON orders (bought_at);

CREATE INDEX ix_orders_buyer_login ON orders (buyer_login);

CREATE INDEX ix_orders_status ON orders (status);

CREATE TABLE rule_versions (
	id INTEGER NOT NULL, 
	rule_id INTEGER NOT NULL, 
	version INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	definition TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_rule_versions PRIMARY KEY (id), 
	CONSTRAINT fk_rule_versions_rule_id_rules FOREIGN KEY(rule_id) REFERENCES rules (id) ON DELETE CASCADE, 
	CONSTRAINT uq_rule_versions_rule_id_version UNIQUE (rule_id, version)
);

CREATE INDEX ix_rule_versions_rule_id ON rule_versions (rule_id);

CREATE TABLE sync_cursors (
	shop_id INTEGER NOT NULL, 
	feed VARCHAR(32) NOT NULL, 
	position VARCHAR(64), 
	updated_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_sync_cursors PRIMARY KEY (shop_id, feed), 
	CONSTRAINT fk_sync_cursors_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE
);

CREATE TABLE sync_problems (
	id INTEGER NOT NULL, 
	shop_id INTEGER NOT NULL, 
	subject VARCHAR(16) NOT NULL, 
	subject_id VARCHAR(64) NOT NULL, 
	message TEXT NOT NULL, 
	first_seen VARCHAR(32) NOT NULL, 
	last_seen VARCHAR(32) NOT NULL, 
	resolved_at VARCHAR(32), 
	CONSTRAINT pk_sync_problems PRIMARY KEY (id), 
	CONSTRAINT fk_sync_problems_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE, 
	CONSTRAINT uq_sync_problems_shop_id_subject_subject_id UNIQUE (shop_id, subject, subject_id)
);

CREATE INDEX ix_sync_problems_shop_id ON sync_problems (shop_id);

CREATE TABLE commission_claims (
	id INTEGER NOT NULL, 
	intent_id INTEGER NOT NULL, 
	line_item_id VARCHAR(64) NOT NULL, 
	quantity INTEGER NOT NULL, 
	claim_id VARCHAR(64) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	error TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_commission_claims PRIMARY KEY (id), 
	CONSTRAINT fk_commission_claims_intent_id_refund_intents FOREIGN KEY(intent_id) REFERENCES refund_intents (id) ON DELETE CASCADE, 
	CONSTRAINT uq_commission_claims_intent_id_line_item_id UNIQUE (intent_id, line_item_id)
);

CREATE TABLE line_items (
	id INTEGER NOT NULL, 
	order_pk INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	line_item_id VARCHAR(64) NOT NULL, 
	offer_id VARCHAR(64) NOT NULL, 
	offer_name VARCHAR(255) NOT NULL, 
	external_id VARCHAR(120) NOT NULL, 
	quantity INTEGER NOT NULL, 
	unit_price_minor BIGINT NOT NULL, 
	original_unit_price_minor BIGINT, 
	additional_services_minor BIGINT, 
	currency VARCHAR(3) NOT NULL, 
	bought_at VARCHAR(32), 
	CONSTRAINT pk_line_items PRIMARY KEY (id), 
	CONSTRAINT fk_line_items_order_pk_orders FOREIGN KEY(order_pk) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_line_items_order_pk_line_item_id UNIQUE (order_pk, line_item_id)
);

CREATE INDEX ix_line_items_offer_id ON line_items (offer_id);

CREATE TABLE notifications (
	id INTEGER NOT NULL, 
	intent_id INTEGER NOT NULL, 
	channel VARCHAR(16) NOT NULL, 
	recipient VARCHAR(255) NOT NULL, 
	language VARCHAR(16) NOT NULL, 
	subject VARCHAR(255) NOT NULL, 
	body TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	platform_status VARCHAR(16) NOT NULL, 
	external_id VARCHAR(64) NOT NULL, 
	error TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	sent_at VARCHAR(32), 
	CONSTRAINT pk_notifications PRIMARY KEY (id), 
	CONSTRAINT fk_notifications_intent_id_refund_intents FOREIGN KEY(intent_id) REFERENCES refund_intents (id) ON DELETE CASCADE, 
	CONSTRAINT uq_notifications_intent_id_channel UNIQUE (intent_id, channel)
);

CREATE INDEX ix_notifications_intent_id ON notifications (intent_id);

CREATE TABLE payments (
	id INTEGER NOT NULL, 
	order_pk INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	is_surcharge BOOLEAN NOT NULL, 
	payment_id VARCHAR(64) NOT NULL, 
	type VARCHAR(32) NOT NULL, 
	provider VARCHAR(16) NOT NULL, 
	features VARCHAR(255) NOT NULL, 
	paid_minor BIGINT, 
	currency VARCHAR(3) NOT NULL, 
	finished_at VARCHAR(32), 
	CONSTRAINT pk_payments PRIMARY KEY (id), 
	CONSTRAINT fk_payments_order_pk_orders FOREIGN KEY(order_pk) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_payments_order_pk_payment_id UNIQUE (order_pk, payment_id)
);

CREATE TABLE refund_attempts (
	id INTEGER NOT NULL, 
	intent_id INTEGER NOT NULL, 
	command_id VARCHAR(36) NOT NULL, 
	method VARCHAR(8) NOT NULL, 
	path VARCHAR(255) NOT NULL, 
	started_at VARCHAR(32) NOT NULL, 
	duration_ms INTEGER NOT NULL, 
	http_status INTEGER, 
	trace_id VARCHAR(128) NOT NULL, 
	error TEXT NOT NULL, 
	CONSTRAINT pk_refund_attempts PRIMARY KEY (id), 
	CONSTRAINT fk_refund_attempts_intent_id_refund_intents FOREIGN KEY(intent_id) REFERENCES refund_intents (id) ON DELETE CASCADE
);

CREATE INDEX ix_refund_attempts_intent_id ON refund_attempts (intent_id);

CREATE TABLE return_items (
	id INTEGER NOT NULL, 
	return_pk INTEGER NOT NULL, 
	offer_id VARCHAR(64) NOT NULL, 
	quantity INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	price_minor BIGINT, 
	currency VARCHAR(3) NOT NULL, 
	reason VARCHAR(32) NOT NULL, 
	user_comment TEXT NOT NULL, 
	CONSTRAINT pk_return_items PRIMARY KEY (id), 
	CONSTRAINT fk_return_items_return_pk_customer_returns FOREIGN KEY(return_pk) REFERENCES customer_returns (id) ON DELETE CASCADE
);

CREATE INDEX ix_return_items_return_pk ON return_items (return_pk);

CREATE TABLE review_actions (
	id INTEGER NOT NULL, 
	intent_id INTEGER NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	note TEXT NOT NULL, 
	actor VARCHAR(120) NOT NULL, 
	at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_review_actions PRIMARY KEY (id), 
	CONSTRAINT fk_review_actions_intent_id_refund_intents FOREIGN KEY(intent_id) REFERENCES refund_intents (id) ON DELETE CASCADE
);

CREATE INDEX ix_review_actions_intent_id ON review_actions (intent_id);

CREATE TABLE shipments (
	id INTEGER NOT NULL, 
	order_pk INTEGER NOT NULL, 
	shipment_id VARCHAR(64) NOT NULL, 
	waybill VARCHAR(64) NOT NULL, 
	carrier_id VARCHAR(64) NOT NULL, 
	created_at VARCHAR(32), 
	CONSTRAINT pk_shipments PRIMARY KEY (id), 
	CONSTRAINT fk_shipments_order_pk_orders FOREIGN KEY(order_pk) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_shipments_order_pk_shipment_id UNIQUE (order_pk, shipment_id)
);

CREATE TABLE "worker_leases" (
	name VARCHAR(32) NOT NULL, 
	holder VARCHAR(120) NOT NULL, 
	expires_at VARCHAR(32) NOT NULL, 
	generation BIGINT NOT NULL, 
	CONSTRAINT pk_worker_leases PRIMARY KEY (name)
);

CREATE TABLE "rules" (
	id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	current_version INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_rules PRIMARY KEY (id), 
	CONSTRAINT uq_rules_uid UNIQUE (uid)
);

CREATE TABLE "refund_intents" (
	id INTEGER NOT NULL, 
	shop_id INTEGER NOT NULL, 
	order_id VARCHAR(64) NOT NULL, 
	"trigger" VARCHAR(32) NOT NULL, 
	scope VARCHAR(80) NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	mode VARCHAR(8) NOT NULL, 
	rule_id INTEGER, 
	rule_version INTEGER, 
	rule_name VARCHAR(255) NOT NULL, 
	trace TEXT NOT NULL, 
	"plan" TEXT NOT NULL, 
	amount_minor BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	reason_code VARCHAR(32) NOT NULL, 
	seller_comment VARCHAR(250) NOT NULL, 
	payment_id VARCHAR(64) NOT NULL, 
	buyer_login VARCHAR(120) NOT NULL, 
	notify_template VARCHAR(64) NOT NULL, 
	set_cancelled_label BOOLEAN NOT NULL, 
	claim_commission BOOLEAN NOT NULL, 
	not_before VARCHAR(32), 
	detected_at VARCHAR(32) NOT NULL, 
	approved BOOLEAN NOT NULL, 
	followups_done BOOLEAN NOT NULL, 
	command_id VARCHAR(36), 
	platform_refund_id VARCHAR(64), 
	platform_status VARCHAR(16) NOT NULL, 
	held_reason VARCHAR(32) NOT NULL, 
	held_detail TEXT NOT NULL, 
	failure_code VARCHAR(64) NOT NULL, 
	failure_detail TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	submitted_at VARCHAR(32), 
	finished_at VARCHAR(32), 
	version INTEGER DEFAULT '1' NOT NULL, 
	facts TEXT, 
	facts_at VARCHAR(32), 
	backlog BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_refund_intents PRIMARY KEY (id), 
	CONSTRAINT fk_refund_intents_shop_id_shops FOREIGN KEY(shop_id) REFERENCES shops (id) ON DELETE CASCADE, 
	CONSTRAINT uq_refund_intents_shop_id_order_id_trigger_scope UNIQUE (shop_id, order_id, "trigger", scope), 
	CONSTRAINT uq_refund_intents_command_id UNIQUE (command_id), 
	CONSTRAINT fk_refund_intents_rule_id_rules FOREIGN KEY(rule_id) REFERENCES rules (id)
);

CREATE INDEX ix_refund_intents_state_created_at ON refund_intents (state, created_at);

CREATE INDEX ix_refund_intents_rule_id ON refund_intents (rule_id);

CREATE INDEX ix_refund_intents_trigger ON refund_intents ("trigger");

CREATE INDEX ix_refund_intents_shop_id ON refund_intents (shop_id);

CREATE INDEX ix_refund_intents_state ON refund_intents (state);

CREATE INDEX ix_refund_intents_buyer_login ON refund_intents (buyer_login);

CREATE INDEX ix_refund_intents_created_at ON refund_intents (created_at);

CREATE INDEX ix_refund_intents_amount_minor ON refund_intents (amount_minor);

CREATE INDEX ix_refund_intents_order_id ON refund_intents (order_id);

