-- Access methods of the database's own: one kept with another comment, one dropped, one
-- whose type and handler change (no ALTER ACCESS METHOD: created again).
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap2 IS 'heap, by another name';
CREATE ACCESS METHOD gone_am TYPE INDEX HANDLER bthandler;
CREATE ACCESS METHOD "Retyped" TYPE TABLE HANDLER heap_tableam_handler;
