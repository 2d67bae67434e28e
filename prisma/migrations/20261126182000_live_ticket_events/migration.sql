-- Live updates: every ticket event, whichever code writes it, tells the servers listening on the
-- channel `jqt_live` which ticket changed and whether liaisons may see the change (an internal note
-- is not theirs to hear of). PostgreSQL delivers it at commit, and never for a rolled-back write.
CREATE FUNCTION "live_ticket_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jqt_live', json_build_object('topic', 'ticket:' || NEW."ticketId", 'visibility', NEW."visibility")::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "TicketEvent_live" AFTER INSERT ON "TicketEvent"
  FOR EACH ROW EXECUTE FUNCTION "live_ticket_event"();
