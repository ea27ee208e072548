-- Changed in place: connection, publications (their order too), slot, options, comment,
-- owner; created: one enabled (it has a slot), one without a slot.
DO $$ BEGIN CREATE ROLE case_subscription_owner SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SUBSCRIPTION orders_feed CONNECTION 'host=publisher.invalid dbname=shop user=replicator' PUBLICATION customers, orders, refunds
  WITH (connect = false, slot_name = 'orders_slot', streaming = true, disable_on_error = true, synchronous_commit = 'remote_apply');
COMMENT ON SUBSCRIPTION orders_feed IS 'from the shop';
ALTER SUBSCRIPTION orders_feed OWNER TO case_subscription_owner;
CREATE SUBSCRIPTION phased CONNECTION 'dbname=phased' PUBLICATION p WITH (connect = false, two_phase = true);
CREATE SUBSCRIPTION kept CONNECTION 'dbname=kept' PUBLICATION p WITH (connect = false, slot_name = NONE);
CREATE SUBSCRIPTION "New Feed" CONNECTION 'dbname=new' PUBLICATION everything WITH (connect = false);
ALTER SUBSCRIPTION "New Feed" ENABLE;
CREATE SUBSCRIPTION slotless CONNECTION 'dbname=none' PUBLICATION p WITH (connect = false, slot_name = NONE);
