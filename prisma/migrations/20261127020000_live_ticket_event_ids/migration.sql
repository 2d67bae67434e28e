-- Live updates name the ticket event that was written, so that a page which already shows it (the
-- answer of its own user's action put it there) need not reload for it.
CREATE OR REPLACE FUNCTION "live_ticket_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jqt_live', json_build_object(
    'topic', 'ticket:' || NEW."ticketId", 'visibility', NEW."visibility", 'event', NEW."id")::text);
  RETURN NULL;
END
$$;
