CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap2 IS 'the rows, stored as heap stores them';
CREATE ACCESS METHOD new_am TYPE INDEX HANDLER hashhandler;
CREATE ACCESS METHOD "Retyped" TYPE INDEX HANDLER bthandler;
