-- Subscriptions, created as pg_dump restores them (connect = false: no publisher is
-- reached): one to change in place, one to drop, one whose two_phase changes (created
-- again), one kept.
DO $$ BEGIN CREATE ROLE case_subscription_owner SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SUBSCRIPTION orders_feed CONNECTION 'host=publisher.invalid dbname=shop' PUBLICATION orders, customers
  WITH (connect = false, binary = true);
CREATE SUBSCRIPTION "Old Feed" CONNECTION 'dbname=old' PUBLICATION everything WITH (connect = false, slot_name = 'old_slot');
COMMENT ON SUBSCRIPTION "Old Feed" IS 'retired next release';
CREATE SUBSCRIPTION phased CONNECTION 'dbname=phased' PUBLICATION p WITH (connect = false);
CREATE SUBSCRIPTION kept CONNECTION 'dbname=kept' PUBLICATION p WITH (connect = false, slot_name = NONE);
