import type { Db } from "../../lib/db/connection.ts";

/** Adds tickets spread across the county's enterprises, statuses and the last year. */
export async function inflateTickets(db: Db, count: number) {
  await db.$executeRawUnsafe(`
    WITH e AS (
      SELECT array_agg("id" ORDER BY "id") AS ids, array_agg("responsibleOfficerId" ORDER BY "id") AS officers,
        count(*)::int AS n
      FROM "Enterprise"
    ),
         b AS (SELECT "id" FROM "Bureau" LIMIT 1),
         u AS (SELECT "id" FROM "User" WHERE "role" = 'LIAISON' LIMIT 1)
    INSERT INTO "Ticket" ("id","bureauId","number","enterpriseId","category","priority","title","description","status",
      "assigneeId","createdById","acceptDueAt","resolveDueAt","dueAt","createdAt","updatedAt")
    SELECT 'bench' || g, b."id", 'LX-1999-' || lpad(g::text, 7, '0'), e.ids[1 + g % e.n],
      (enum_range(NULL::"TicketCategory"))[1 + g % 11], 'NORMAL', '压力测试问题 ' || g, '用于测量队列性能的数据',
      (ARRAY['SUBMITTED','IN_PROGRESS','CLOSED','CLOSED','CLOSED','RESOLVED']::"TicketStatus"[])[1 + g % 6],
      e.officers[1 + g % e.n], u."id", now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day' + interval '7 days',
      CASE WHEN g % 6 IN (0, 1) THEN now() - (g % 365) * interval '1 day' + interval '7 days' END,
      now() - (g % 365) * interval '1 day', now()
    FROM generate_series(1, ${count}) g, e, b, u`);
}
