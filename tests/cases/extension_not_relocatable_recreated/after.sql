CREATE SCHEMA ext;
-- xml2 is not relocatable: dropped and created again in the new schema.
CREATE EXTENSION xml2 WITH SCHEMA ext;
