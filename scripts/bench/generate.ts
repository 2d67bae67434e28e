// Generates a city's worth of work in SQL (generate_series, INSERT … SELECT), so that a city of two
// million tickets is built inside PostgreSQL in minutes instead of through millions of round trips.
// Every record follows the life cycles the app enforces: a ticket's status, timestamps, deadlines
// and timeline are derived from one set of step times, and only the steps already past are written.
import type pg from "pg";
import { DEFAULT_CHECKLISTS } from "../../lib/residency/checklist-defaults.ts";
import { referralOutcome } from "../../lib/disputes/outcome.ts";
import { defaultSlaRules } from "../../lib/sla/defaults.ts";
import { departmentOfficers, type Scale } from "./scales.ts";

/** Two years of history end at `now`. */
const DAYS = 730;

type Step = { label: string; sql: string };

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const kk = (k: string) => `lpad(${k}::text, 2, '0')`;
const bureauId = (k: string) => `('bu' || ${kk(k)})`;
const officerId = (k: string, j: string) => `('u' || ${kk(k)} || '-o' || lpad((${j})::text, 4, '0'))`;
const liaisonId = (k: string, i: string) => `('u' || ${kk(k)} || '-l' || lpad((${i})::text, 5, '0'))`;
const enterpriseId = (k: string, i: string) => `('e' || ${kk(k)} || '-' || lpad((${i})::text, 5, '0'))`;
const chiefId = (k: string) => `('u' || ${kk(k)} || '-chief')`;
/** The county's first accounts keep the demo names (chief, officer1, liaison1); the others carry their county. */
const username = (k: string, name: string) => `(CASE WHEN ${k} = 1 THEN '' ELSE 'c' || ${kk(k)} || '-' END || ${name})`;
const pick = (values: string[], u: string) =>
  `(ARRAY[${values.map(quote).join(",")}])[1 + floor(${u} * ${values.length})::int]`;
const hours = (h: string) => `((${h}) * interval '1 hour')`;

const COUNTIES: [string, string][] = [
  ["市南", "Shinan"],
  ["市北", "Shibei"],
  ["李沧", "Licang"],
  ["崂山", "Laoshan"],
  ["城阳", "Chengyang"],
  ["黄岛", "Huangdao"],
  ["即墨", "Jimo"],
  ["胶州", "Jiaozhou"],
  ["平度", "Pingdu"],
  ["莱西", "Laixi"],
];
const ROADS = ["长江路", "黄河路", "珠江路", "泰山路", "香江路", "海尔路", "青威路", "昆仑山路"];
const ROADS_EN = ["Changjiang", "Huanghe", "Zhujiang", "Taishan", "Xiangjiang", "Haier", "Qingwei", "Kunlunshan"];
const DEPARTMENTS: [string, string, string][] = [
  ["PUBLIC_ORDER", "治安大队", "Public Order Brigade"],
  ["CRIMINAL", "刑侦大队", "Criminal Investigation Brigade"],
  ["TRAFFIC", "交警大队", "Traffic Police Brigade"],
  ["EXIT_ENTRY", "出入境管理大队", "Exit-Entry Administration Brigade"],
  ["HOUSEHOLD", "户政科", "Household Registration Section"],
];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英"];
const BRANDS = ["海川", "华鑫", "瑞丰", "金桥", "天成", "恒信", "鼎盛", "新元", "东方", "博远", "中科", "北辰"];
const INDUSTRIES: [string, string][] = [
  ["新能源汽车零部件", "NEV components"],
  ["航空装备", "Aviation equipment"],
  ["软件和信息技术", "Software and IT"],
  ["绿色建材", "Green building materials"],
  ["食品加工", "Food processing"],
  ["精密机械", "Precision machinery"],
  ["现代物流", "Logistics"],
  ["生物医药", "Biomedicine"],
];
const CLUSTERS = ["NEV", "AVIATION", "IT", "GREEN_BUILDING", "FOOD", "OTHER"];
// Twenty slots, so a uniform draw gives each category its share of the filings.
const CATEGORY_MIX = [
  ...["SECURITY_HAZARD", "SECURITY_HAZARD", "SECURITY_HAZARD", "DISPUTE", "DISPUTE", "THEFT_CRIME", "THEFT_CRIME"],
  ...["PATROL_REQUEST", "PATROL_REQUEST", "TRAFFIC_ESCORT", "TRAFFIC_ESCORT", "PERMIT_HELP", "PERMIT_HELP"],
  ...["LEGAL_CONSULTATION", "LEGAL_CONSULTATION", "EMPLOYMENT_VETTING", "EMPLOYMENT_VETTING", "EMERGENCY_HELP"],
  ...["PUBLIC_OPINION", "OTHER"],
];
const TITLES: Record<string, [string, string]> = {
  SECURITY_HAZARD: ["厂区消防通道被占用", "厂区东侧消防通道长期堆放货物，存在安全隐患，请协助督促整改。"],
  DISPUTE: ["员工与外包单位发生劳资纠纷", "外包单位拖欠部分员工工资，员工情绪激动，请协助调解。"],
  THEFT_CRIME: ["仓库夜间失窃", "仓库夜间被盗铜材若干，监控已保存，请尽快立案侦查。"],
  PATROL_REQUEST: ["夜间周边巡逻请求", "园区周边夜间照明不足，近期有可疑人员出没，请求加强巡逻。"],
  TRAFFIC_ESCORT: ["大件设备运输护送", "下周有大件设备进厂，需要交警协助护送和临时交通管制。"],
  PERMIT_HELP: ["剧毒化学品购买许可咨询", "生产需要购买少量剧毒化学品，请指导办理购买许可证。"],
  LEGAL_CONSULTATION: ["合同诈骗风险咨询", "近期收到可疑采购订单，对方要求先行垫资，请协助研判。"],
  EMPLOYMENT_VETTING: ["关键岗位人员背景审查", "新招聘的保卫人员需要进行背景审查，请协助办理。"],
  EMERGENCY_HELP: ["厂区门口聚集人员", "厂区门口有人员聚集堵门，影响正常生产，请立即出警。"],
  PUBLIC_OPINION: ["网络不实信息处置", "网络平台出现关于本企业的不实信息，请协助核查处置。"],
  OTHER: ["其他事项协助", "企业有其他涉警事项需要协助，请联系对接。"],
};

/**
 * The statements that build a city of `scale` ending at `now`, in order. `passwordHash` is the one
 * hash every generated account shares (the demo password).
 */
export function citySteps(scale: Scale, now: Date, passwordHash: string): Step[] {
  const N = `timestamp '${now.toISOString().replace("T", " ").replace("Z", "")}'`;
  const C = scale.counties;
  const S = scale.stationsPerCounty;
  const W = scale.workstationsPerStation;
  const O = scale.officersPerCounty;
  const D = departmentOfficers(scale);
  const M = O - D; // station officers
  const E = scale.enterprisesPerCounty;
  const T = scale.ticketsPerCounty;
  const VPE = scale.visitsPerEnterprise;
  if (M < 2) throw new Error("a county needs at least two station officers");
  // Every tenth enterprise is officer1's (about 200 of a county's 2,000); the rest are spread evenly.
  const officerOf = (i: string) => `(CASE WHEN (${i}) % 10 = 1 THEN 1 ELSE 2 + (${i}) % ${M - 1} END)`;
  const stationOfOfficer = (j: string) => `(((${j}) - 1) % ${S} + 1)`;
  const stationId = (k: string, s: string) => `('st' || ${kk(k)} || '-' || lpad((${s})::text, 2, '0'))`;
  const workstationId = (k: string, s: string, m: string) => `(${stationId(k, s)} || '-' || (${m})::text)`;
  const start = `(${N} - interval '${DAYS + 60} days')`;
  const countyName = (k: string, i: 0 | 1) =>
    pick(
      COUNTIES.map((c) => c[i]),
      `((${k} - 1) / ${COUNTIES.length}.0)`,
    );
  const person = (u1: string, u2: string) => `(${pick(SURNAMES, u1)} || ${pick(GIVEN, u2)})`;

  const steps: Step[] = [];
  const step = (label: string, sql: string) => steps.push({ label, sql });

  step("seed", `SELECT setseed(0.2026)`);

  step(
    "bureaus",
    `INSERT INTO "Bureau" ("id", "code", "name", "nameEn", "parentId", "createdAt")
     SELECT 'bu-city', '3702', '青岛市公安局', 'Qingdao Municipal Public Security Bureau', NULL, ${start}
     UNION ALL
     SELECT ${bureauId("k")}, '3702' || ${kk("k")}, ${countyName("k", 0)} || '公安分局',
       ${countyName("k", 1)} || ' Public Security Bureau', 'bu-city', ${start}
     FROM generate_series(1, ${C}) k`,
  );
  // A city of more than ten counties reuses the names; codes stay unique.
  step(
    "organisation",
    `INSERT INTO "Department" ("id", "bureauId", "code", "name", "nameEn", "createdAt")
     SELECT 'dp' || ${kk("k")} || '-' || d.n, ${bureauId("k")}, 'DP' || ${kk("k")} || '-' || d.code, d.name, d.name_en, ${start}
     FROM generate_series(1, ${C}) k,
       (VALUES ${DEPARTMENTS.map(([code, name, en], n) => `(${n + 1}, ${quote(code)}, ${quote(name)}, ${quote(en)})`).join(",")})
         d(n, code, name, name_en);
     INSERT INTO "Station" ("id", "bureauId", "code", "name", "nameEn", "address", "phone", "createdAt")
     SELECT ${stationId("k", "s")}, ${bureauId("k")}, 'ST' || ${kk("k")} || '-' || s,
       ${countyName("k", 0)} || ${pick(ROADS, `((s - 1) % ${ROADS.length}) / ${ROADS.length}.0`)} || '派出所' || CASE WHEN s > ${ROADS.length} THEN s::text ELSE '' END,
       ${countyName("k", 1)} || ' ' || ${pick(ROADS_EN, `((s - 1) % ${ROADS.length}) / ${ROADS.length}.0`)} || ' Road Police Station',
       ${pick(ROADS, `((s - 1) % ${ROADS.length}) / ${ROADS.length}.0`)} || s || '号', '0532-8' || lpad((k * 100 + s)::text, 6, '0'), ${start}
     FROM generate_series(1, ${C}) k, generate_series(1, ${S}) s;
     INSERT INTO "Workstation" ("id", "bureauId", "stationId", "code", "name", "nameEn", "park", "parkEn", "cluster", "createdAt")
     SELECT ${workstationId("k", "s", "m")}, ${bureauId("k")}, ${stationId("k", "s")}, 'WS' || ${kk("k")} || '-' || s || '-' || m,
       ${pick(ROADS, `((s - 1) % ${ROADS.length}) / ${ROADS.length}.0`)} || '产业园第' || m || '警务工作站',
       'Industrial park workstation ' || s || '-' || m, '产业园' || s || '-' || m, 'Park ' || s || '-' || m,
       (ARRAY[${CLUSTERS.map(quote).join(",")}]::"IndustryCluster"[])[1 + ((s * ${W} + m) % ${CLUSTERS.length})], ${start}
     FROM generate_series(1, ${C}) k, generate_series(1, ${S}) s, generate_series(1, ${W}) m`,
  );

  step(
    "police",
    `INSERT INTO "User" ("id", "bureauId", "username", "name", "nameEn", "passwordHash", "role", "kind", "badgeNo", "title", "phone", "createdAt", "updatedAt")
     SELECT ${chiefId("k")}, ${bureauId("k")}, ${username("k", "'chief'")}, ${person("random()", "random()")}, 'Chief ' || k,
       ${quote(passwordHash)}, 'CHIEF'::"Role", 'POLICE'::"OfficerKind", '07' || ${kk("k")} || '01', '局长', '139' || lpad((k * 1000 + 1)::text, 8, '0'), ${start}, ${start}
     FROM generate_series(1, ${C}) k
     UNION ALL
     SELECT 'u-city', 'bu-city', 'city', '高铭远', 'Gao Mingyuan', ${quote(passwordHash)}, 'CITY'::"Role", 'POLICE'::"OfficerKind",
       '020011', '市局副局长', '13906300112', ${start}, ${start}
     UNION ALL
     SELECT 'u' || ${kk("k")} || '-admin', ${bureauId("k")}, ${username("k", "'admin'")}, ${person("random()", "random()")}, 'Administrator ' || k,
       ${quote(passwordHash)}, 'ADMIN'::"Role", 'POLICE'::"OfficerKind", '07' || ${kk("k")} || '02', '系统管理员', '139' || lpad((k * 1000 + 2)::text, 8, '0'), ${start}, ${start}
     FROM generate_series(1, ${C}) k;
     INSERT INTO "User" ("id", "bureauId", "username", "name", "nameEn", "passwordHash", "role", "kind", "badgeNo", "title", "phone", "stationId", "departmentId", "createdAt", "updatedAt")
     SELECT ${officerId("k", "j")}, ${bureauId("k")}, ${username("k", "'officer' || j")}, ${person("random()", "random()")}, 'Officer ' || k || '-' || j,
       ${quote(passwordHash)}, 'OFFICER', CASE WHEN j % 5 = 0 THEN 'AUXILIARY' ELSE 'POLICE' END::"OfficerKind",
       '07' || ${kk("k")} || lpad(j::text, 4, '0'), CASE WHEN j > ${M} THEN '民警' ELSE '社区民警' END,
       '138' || lpad((k * 10000 + j)::text, 8, '0'),
       CASE WHEN j <= ${M} THEN ${stationId("k", stationOfOfficer("j"))} END,
       CASE WHEN j > ${M} THEN 'dp' || ${kk("k")} || '-' || ((j - ${M} - 1) % ${DEPARTMENTS.length} + 1) END,
       ${start}, ${start}
     FROM generate_series(1, ${C}) k, generate_series(1, ${O}) j`,
  );

  // An enterprise sits in a workstation of its responsible officer's station.
  step(
    "enterprises",
    `INSERT INTO "Enterprise" ("id", "bureauId", "workstationId", "name", "nameEn", "creditCode", "industry", "industryEn",
       "address", "employees", "investmentCny", "keyProject", "projectPhase", "responsibleOfficerId", "createdAt", "updatedAt")
     SELECT ${enterpriseId("k", "i")}, ${bureauId("k")},
       ${workstationId("k", stationOfOfficer(officerOf("i")), `(i % ${W}) + 1`)},
       ${countyName("k", 0)} || ${pick(BRANDS, "random()")} || ind.name || '有限公司' || i || '号',
       ${countyName("k", 1)} || ' ' || ind.name_en || ' Co. No. ' || i,
       '91370' || ${kk("k")} || 'MA' || lpad(i::text, 9, '0'), ind.name, ind.name_en,
       ${countyName("k", 0)} || ${pick(ROADS, "random()")} || (1 + i % 300) || '号',
       (20 + floor(random() * random() * 3000))::int, (floor(random() * random() * 50000) * 10000)::bigint,
       i % 20 = 0, CASE WHEN i % 20 = 0 THEN (ARRAY['SIGNED','UNDER_CONSTRUCTION','IN_PRODUCTION']::"ProjectPhase"[])[1 + i % 3] END,
       ${officerId("k", officerOf("i"))}, ${start}, ${start}
     FROM generate_series(1, ${C}) k, generate_series(1, ${E}) i,
       LATERAL (SELECT * FROM (VALUES ${INDUSTRIES.map(([n, en], x) => `(${x}, ${quote(n)}, ${quote(en)})`).join(",")}) v(x, name, name_en)
         WHERE v.x = (i * 7 + k) % ${INDUSTRIES.length}) ind;
     INSERT INTO "Assignment" ("id", "enterpriseId", "officerId", "assignedById", "reason", "startedAt")
     SELECT 'as' || substr(e."id", 2), e."id", e."responsibleOfficerId", 'u' || substr(e."bureauId", 3) || '-chief', '一企一警责任落实', e."createdAt"
     FROM "Enterprise" e;
     INSERT INTO "EnterpriseSupport" ("enterpriseId", "departmentId", "createdAt")
     SELECT e."id", 'dp' || substr(e."bureauId", 3) || '-' || (1 + n % ${DEPARTMENTS.length}), e."createdAt"
     FROM (SELECT "id", "bureauId", "createdAt", substr("id", 5)::int AS n FROM "Enterprise") e
     WHERE e.n % 4 = 0;
     INSERT INTO "User" ("id", "bureauId", "username", "name", "nameEn", "passwordHash", "role", "title", "phone", "enterpriseId", "createdAt", "updatedAt")
     SELECT ${liaisonId("k", "i")}, ${bureauId("k")}, ${username("k", "'liaison' || i")}, ${person("random()", "random()")}, 'Liaison ' || k || '-' || i,
       ${quote(passwordHash)}, 'LIAISON', '安保部经理', '137' || lpad((k * 100000 + i)::text, 8, '0'), ${enterpriseId("k", "i")}, ${start}, ${start}
     FROM generate_series(1, ${C}) k, generate_series(1, ${E}) i`,
  );

  const sla = defaultSlaRules()
    .map((r) => `(${quote(r.category)}, ${quote(r.priority)}, ${r.acceptHours}, ${r.resolveHours})`)
    .join(",");
  const checklist = Object.entries(DEFAULT_CHECKLISTS)
    .flatMap(([kind, items]) =>
      items.map(
        (item, order) =>
          `(${quote(kind)}, ${quote(item.code)}, ${quote(item.label)}, ${quote(item.labelEn)}, ${item.required}, ${order})`,
      ),
    )
    .join(",");
  step(
    "settings",
    `INSERT INTO "SlaRule" ("bureauId", "category", "priority", "acceptHours", "resolveHours", "updatedAt")
     SELECT ${bureauId("k")}, r.c::"TicketCategory", r.p::"Priority", r.a, r.r, ${start}
     FROM generate_series(1, ${C}) k, (VALUES ${sla}) r(c, p, a, r);
     INSERT INTO "Setting" ("bureauId", "key", "value", "updatedAt")
     SELECT ${bureauId("k")}, 'visit.cadenceDays', '30'::jsonb, ${start} FROM generate_series(1, ${C}) k;
     INSERT INTO "DocumentRequirement" ("id", "bureauId", "kind", "code", "label", "labelEn", "required", "sortOrder")
     SELECT 'dr' || ${kk("k")} || '-' || d.kind || '-' || d.code, ${bureauId("k")}, d.kind::"ResidencyKind", d.code, d.label, d.label_en, d.required, d.sort
     FROM generate_series(1, ${C}) k, (VALUES ${checklist}) d(kind, code, label, label_en, required, sort)`,
  );

  // Step times of every ticket. The fate decides the path (normal, reopened once, rejected,
  // withdrawn); heavy-tailed delays make some work late and a few tickets stuck for good (a
  // million hours), which the queues and dashboards show as overdue.
  step(
    "ticket plan",
    `CREATE TEMP TABLE bench_ticket ON COMMIT DROP AS
     WITH g AS (
       SELECT g, (g - 1) / ${T} + 1 AS k, random() AS u_age, random() AS u_ent, random() AS u_cat, random() AS u_pri,
         random() AS u_fate, random() AS u_a, random() AS u_la, random() AS u_r, random() AS u_lr, random() AS u_c,
         random() AS u_s, random() AS u_talk, random() AS u_esc, random() AS u_rate
       FROM generate_series(1, ${C * T}) g
     ), x AS (
       SELECT g.*, 1 + floor(${E} * power(u_ent, 1.6))::int AS i,
         ${pick(CATEGORY_MIX, "u_cat")}::"TicketCategory" AS category,
         (CASE WHEN u_pri < 0.08 THEN 'URGENT' WHEN u_pri < 0.28 THEN 'HIGH' WHEN u_pri < 0.88 THEN 'NORMAL' ELSE 'LOW' END)::"Priority" AS priority,
         date_trunc('second', ${N} - ${DAYS} * power(u_age, 1.2) * interval '1 day') AS created,
         CASE WHEN u_fate < 0.04 THEN 'reject' WHEN u_fate < 0.07 THEN 'withdraw' WHEN u_fate < 0.12 THEN 'reopen' ELSE 'normal' END AS fate
       FROM g
     ), y AS (
       SELECT x.*, s."acceptHours" AS ah, s."resolveHours" AS rh,
         CASE WHEN u_la < 0.003 THEN 1e6 WHEN u_la < 0.08 THEN s."acceptHours" * (1 + 3 * u_a) ELSE s."acceptHours" * (0.05 + 0.9 * u_a) END AS da,
         CASE WHEN u_lr < 0.002 THEN 1e6 WHEN u_lr < 0.10 THEN s."resolveHours" * (1 + 2 * u_r) ELSE s."resolveHours" * (0.1 + 0.8 * u_r) END AS dr,
         CASE WHEN u_c < 0.03 THEN 1e6 ELSE 2 + 70 * u_c END AS dc
       FROM x JOIN "SlaRule" s ON s."bureauId" = ${bureauId("x.k")} AND s."category" = x.category AND s."priority" = x.priority
     ), z AS (
       SELECT y.*, created + ${hours("da")} AS t_acc, created + ${hours("da + 0.1 + 3 * u_s")} AS t_start,
         greatest(created + ${hours("da + 0.6 + 3 * u_s")}, created + ${hours("dr")}) AS t_res1,
         created + ${hours("least(da * 0.5, 20 * u_s + 0.2)")} AS t_wd
       FROM y
     ), r AS (
       SELECT z.*, t_res1 + ${hours("2 + 48 * u_c")} AS t_reopen, t_res1 + ${hours("2.5 + 48 * u_c + 4 * u_s")} AS t_start2,
         t_res1 + ${hours("3 + 48 * u_c + 4 * u_s + rh * (0.1 + 0.5 * u_r)")} AS t_res2
       FROM z
     ), c AS (
       SELECT r.*, CASE fate WHEN 'normal' THEN t_res1 + ${hours("dc")} WHEN 'reopen' THEN t_res2 + ${hours("dc")} END AS t_close,
         created + ${hours("ah")} AS accept_due, created + ${hours("rh")} AS first_resolve_due,
         CASE WHEN fate = 'reopen' AND t_reopen <= ${N} THEN t_reopen + ${hours("rh")} ELSE created + ${hours("rh")} END AS resolve_due
       FROM r
     ), s AS (
       SELECT c.*,
         CASE
           WHEN fate = 'reject' THEN CASE WHEN t_acc <= ${N} THEN 'REJECTED' ELSE 'SUBMITTED' END
           WHEN fate = 'withdraw' THEN CASE WHEN t_wd <= ${N} THEN 'WITHDRAWN' ELSE 'SUBMITTED' END
           WHEN t_acc > ${N} THEN 'SUBMITTED'
           WHEN t_start > ${N} THEN 'ACCEPTED'
           WHEN t_res1 > ${N} THEN 'IN_PROGRESS'
           WHEN fate = 'normal' THEN CASE WHEN t_close > ${N} THEN 'RESOLVED' ELSE 'CLOSED' END
           WHEN t_reopen > ${N} THEN 'RESOLVED'
           WHEN t_start2 > ${N} THEN 'REOPENED'
           WHEN t_res2 > ${N} THEN 'IN_PROGRESS'
           WHEN t_close > ${N} THEN 'RESOLVED'
           ELSE 'CLOSED'
         END::"TicketStatus" AS status,
         -- The enterprise escalates some late work ("办不成事"), once, while it is still open and overdue.
         CASE WHEN fate IN ('normal', 'reopen') AND u_esc < 0.3 THEN
           CASE WHEN t_acc > created + ${hours("ah + 2")} THEN created + ${hours("ah + 2")}
                WHEN t_res1 > created + ${hours("rh + 12")} THEN created + ${hours("rh + 12")} END
         END AS t_esc_plan
       FROM c
     )
     SELECT s.*, CASE WHEN t_esc_plan <= ${N} THEN t_esc_plan END AS t_esc,
       'tk' || ${kk("k")} || '-' || lpad((row_number() OVER (PARTITION BY k ORDER BY created, g))::text, 7, '0') AS id,
       extract(year FROM created + interval '8 hours')::int AS year,
       row_number() OVER (PARTITION BY k, extract(year FROM created + interval '8 hours') ORDER BY created, g) AS seq,
       ${officerId("k", officerOf("i"))} AS officer, ${liaisonId("k", "i")} AS liaison,
       CASE WHEN u_rate < 0.6 THEN 5 WHEN u_rate < 0.9 THEN 4 ELSE 3 END AS rating
     FROM s`,
  );

  const title = (i: 0 | 1) =>
    `(CASE t.category ${Object.entries(TITLES)
      .map(([c, v]) => `WHEN '${c}' THEN ${quote(v[i])}`)
      .join(" ")} END)`;
  const reopened = `(t.fate = 'reopen' AND t.t_reopen <= ${N})`;
  // Each step taken bumps the version, as the commands do; the last one is the row's updatedAt.
  const taken = (at: string) => `coalesce(${at} <= ${N}, false)::int`;
  const workSteps = ["t.t_acc", "t.t_start", "t.t_res1", "t.t_close"];
  const reopenSteps = ["t.t_reopen", "t.t_start2", "t.t_res2"];
  const version = `(CASE t.fate WHEN 'reject' THEN ${taken("t.t_acc")} WHEN 'withdraw' THEN ${taken("t.t_wd")}
    ELSE ${workSteps.map(taken).join(" + ")} + CASE WHEN t.fate = 'reopen' THEN ${reopenSteps.map(taken).join(" + ")} ELSE 0 END END
    + (t.t_esc IS NOT NULL)::int)`;
  const when = (at: string) => `CASE WHEN ${at} <= ${N} THEN ${at} END`;
  const last = `(CASE t.fate WHEN 'reject' THEN greatest(t.created, ${when("t.t_acc")}) WHEN 'withdraw' THEN greatest(t.created, ${when("t.t_wd")})
    ELSE greatest(t.created, t.t_esc, ${workSteps.map(when).join(", ")},
      CASE WHEN t.fate = 'reopen' THEN greatest(${reopenSteps.map(when).join(", ")}) END) END)`;
  step(
    "tickets",
    `INSERT INTO "Ticket" ("id", "bureauId", "number", "enterpriseId", "category", "priority", "title", "description", "location",
       "status", "assigneeId", "createdById", "acceptDueAt", "resolveDueAt", "dueAt", "breachNotifiedAt", "acceptedAt", "resolvedAt",
       "closedAt", "resolutionText", "rejectReason", "reopenCount", "escalatedAt", "escalationReason", "flaggedForChief", "rating",
       "version", "createdAt", "updatedAt", "stationId", "workstationId", "responsibleOfficerId")
     SELECT t.id, ${bureauId("t.k")}, 'LX-' || t.year || '-' || lpad(t.seq::text, 6, '0'), e."id",
       t.category, t.priority, ${title(0)}, ${title(1)}, '厂区' || (1 + t.g % 9) || '号门',
       t.status, t.officer, t.liaison, t.accept_due, t.resolve_due, d.due,
       CASE WHEN d.due + interval '5 minutes' <= ${N} THEN d.due + interval '5 minutes' END,
       CASE WHEN t.status NOT IN ('SUBMITTED', 'REJECTED', 'WITHDRAWN') THEN t.t_acc END,
       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN CASE WHEN ${reopened} THEN t.t_res2 ELSE t.t_res1 END END,
       CASE t.status WHEN 'CLOSED' THEN t.t_close WHEN 'REJECTED' THEN t.t_acc WHEN 'WITHDRAWN' THEN t.t_wd END,
       CASE WHEN t.fate IN ('normal', 'reopen') AND t.t_res1 <= ${N} THEN '已现场核实处理，相关问题已整改到位。' END,
       CASE WHEN t.status = 'REJECTED' THEN '该事项不属于公安机关职责范围，已告知对口部门联系方式。' END,
       ${reopened}::int, t.t_esc, CASE WHEN t.t_esc IS NOT NULL THEN '超过办理时限仍未处理，请领导督办。' END, t.t_esc IS NOT NULL,
       CASE WHEN t.status = 'CLOSED' THEN t.rating END,
       ${version}, t.created, ${last}, w."stationId", e."workstationId", e."responsibleOfficerId"
     FROM bench_ticket t
     JOIN "Enterprise" e ON e."id" = ${enterpriseId("t.k", "t.i")}
     JOIN "Workstation" w ON w."id" = e."workstationId"
     CROSS JOIN LATERAL (SELECT CASE
         WHEN t.status = 'SUBMITTED' THEN t.accept_due
         WHEN t.status IN ('ACCEPTED', 'IN_PROGRESS', 'REOPENED') THEN t.resolve_due END AS due) d
     ORDER BY t.created, t.g`,
  );

  const isWork = `t.fate IN ('normal', 'reopen')`;
  // Written in the order of the tickets' filing (bench_ticket is laid out by county and time), which
  // keeps the table's physical order close to time order as in a real database, without sorting
  // millions of events.
  step(
    "ticket timelines",
    `INSERT INTO "TicketEvent" ("id", "ticketId", "actorId", "kind", "visibility", "body", "fromStatus", "toStatus", "data", "createdAt")
     SELECT t.id || '-' || e.n, t.id, e.actor, e.kind::"TicketEventKind", e.vis::"Visibility", e.body,
       e.from_status::"TicketStatus", e.to_status::"TicketStatus", e.data::jsonb, e.at
     FROM bench_ticket t CROSS JOIN LATERAL (VALUES
       (1, t.liaison, 'CREATED', 'PUBLIC', NULL, NULL, 'SUBMITTED', NULL, t.created),
       (2, t.officer, 'STATUS_CHANGED', 'PUBLIC', NULL, 'SUBMITTED', 'ACCEPTED', NULL, CASE WHEN ${isWork} THEN t.t_acc END),
       (3, t.officer, 'STATUS_CHANGED', 'PUBLIC', NULL, 'ACCEPTED', 'IN_PROGRESS', NULL, CASE WHEN ${isWork} THEN t.t_start END),
       (4, t.officer, 'COMMENT', 'PUBLIC', '已联系企业安保负责人，正在现场核实。', NULL, NULL, NULL,
         CASE WHEN ${isWork} AND t.u_talk < 0.35 THEN t.t_start + (t.t_res1 - t.t_start) / 2 END),
       (5, t.officer, 'INTERNAL_NOTE', 'INTERNAL', '已与配合警种沟通，按计划推进。', NULL, NULL, NULL,
         CASE WHEN ${isWork} AND t.u_talk > 0.9 THEN t.t_start + (t.t_res1 - t.t_start) / 3 END),
       (6, t.officer, 'STATUS_CHANGED', 'PUBLIC', '已现场核实处理，相关问题已整改到位。', 'IN_PROGRESS', 'RESOLVED', NULL,
         CASE WHEN ${isWork} THEN t.t_res1 END),
       (7, t.liaison, 'STATUS_CHANGED', 'PUBLIC', '问题仍未彻底解决，请再次处理。', 'RESOLVED', 'REOPENED', NULL,
         CASE WHEN t.fate = 'reopen' THEN t.t_reopen END),
       (8, t.officer, 'STATUS_CHANGED', 'PUBLIC', NULL, 'REOPENED', 'IN_PROGRESS', NULL, CASE WHEN t.fate = 'reopen' THEN t.t_start2 END),
       (9, t.officer, 'STATUS_CHANGED', 'PUBLIC', '已再次处理完毕。', 'IN_PROGRESS', 'RESOLVED', NULL, CASE WHEN t.fate = 'reopen' THEN t.t_res2 END),
       (10, t.liaison, 'STATUS_CHANGED', 'PUBLIC', NULL, 'RESOLVED', 'CLOSED', NULL, CASE WHEN ${isWork} THEN t.t_close END),
       (11, t.liaison, 'RATED', 'PUBLIC', NULL, NULL, NULL, '{"rating":' || t.rating || '}', CASE WHEN ${isWork} THEN t.t_close END),
       (12, t.officer, 'STATUS_CHANGED', 'PUBLIC', '该事项不属于公安机关职责范围，已告知对口部门联系方式。', 'SUBMITTED', 'REJECTED', NULL,
         CASE WHEN t.fate = 'reject' THEN t.t_acc END),
       (13, t.liaison, 'STATUS_CHANGED', 'PUBLIC', '企业已自行解决。', 'SUBMITTED', 'WITHDRAWN', NULL, CASE WHEN t.fate = 'withdraw' THEN t.t_wd END),
       (14, t.liaison, 'ESCALATED', 'PUBLIC', '超过办理时限仍未处理，请领导督办。', NULL, NULL, NULL, t.t_esc)
     ) e(n, actor, kind, vis, body, from_status, to_status, data, at)
     WHERE e.at IS NOT NULL AND e.at <= ${N}`,
  );

  step(
    "ticket counters",
    `INSERT INTO "Counter" ("bureauId", "scope", "year", "value")
     SELECT ${bureauId("k")}, 'ticket', year, max(seq) FROM bench_ticket GROUP BY k, year`,
  );

  // Visits about every two months per enterprise, by its responsible officer.
  const gap = DAYS / VPE;
  step(
    "visits",
    `INSERT INTO "Visit" ("id", "bureauId", "enterpriseId", "officerId", "visitedAt", "kind", "participants", "findings", "createdAt")
     SELECT v.id, ${bureauId("v.k")}, ${enterpriseId("v.k", "v.i")}, ${officerId("v.k", officerOf("v.i"))}, v.at,
       (ARRAY['ROUTINE','ROUTINE','SAFETY_INSPECTION','SAFETY_INSPECTION','LEGAL_PUBLICITY','FORUM']::"VisitKind"[])[1 + floor(random() * 6)::int],
       '企业安保负责人、联络员', ${pick(["消防设施完好，台账齐全。", "监控存在盲区，已提醒补装。", "员工宿舍管理规范。", "危化品存放基本规范，需完善出入库登记。"], "random()")},
       v.at + interval '2 hours'
     FROM (SELECT 'v' || ${kk("k")} || '-' || lpad(i::text, 5, '0') || '-' || lpad(j::text, 2, '0') AS id, k, i,
             date_trunc('second', ${N} - (j + random()) * interval '${gap} days' - interval '3 hours') AS at
           FROM generate_series(1, ${C}) k, generate_series(1, ${E}) i, generate_series(0, ${VPE - 1}) j) v
     ORDER BY v.at`,
  );

  // Each enterprise's latest visit, which the trigger on Visit keeps once the load is done.
  step(
    "last visits",
    `UPDATE "Enterprise" e SET "lastVisitedAt" = v.last
     FROM (SELECT "enterpriseId", max("visitedAt") AS last FROM "Visit" GROUP BY 1) v
     WHERE e."id" = v."enterpriseId"`,
  );

  // Hazards found on visits (half recorded with the visit, half listed directly the next day).
  step(
    "hazards",
    `INSERT INTO "Hazard" ("id", "bureauId", "enterpriseId", "source", "visitId", "description", "location", "severity", "status",
       "deadline", "listedById", "rectifyNote", "rectifiedAt", "verifiedById", "closedAt", "version", "createdAt", "updatedAt")
     SELECT h.id, ${bureauId("h.k")}, v."enterpriseId", h.source::"HazardSource", CASE WHEN h.source = 'VISIT' THEN v."id" END,
       ${pick(["消防通道堆放杂物", "灭火器过期未更换", "配电箱未上锁", "危化品仓库通风不良", "监控设备损坏", "应急照明失效"], "h.u1")},
       '厂区' || (1 + h.n % 9) || '号楼', h.severity::"Severity",
       (CASE WHEN h.t_close <= ${N} THEN 'CLOSED' WHEN h.t_report <= ${N} THEN 'PENDING_VERIFICATION'
             WHEN h.t_start <= ${N} THEN 'RECTIFYING' ELSE 'LISTED' END)::"HazardStatus",
       h.created + h.span, v."officerId",
       CASE WHEN h.t_report <= ${N} THEN '已按要求完成整改，附整改照片。' END, CASE WHEN h.t_report <= ${N} THEN h.t_report END,
       CASE WHEN h.t_close <= ${N} THEN v."officerId" END, CASE WHEN h.t_close <= ${N} THEN h.t_close END,
       (h.t_start <= ${N} AND h.t_report > h.t_start)::int + (h.t_report <= ${N})::int + (h.t_close <= ${N})::int,
       h.created, greatest(h.created, CASE WHEN h.t_close <= ${N} THEN h.t_close WHEN h.t_report <= ${N} THEN h.t_report
                                           WHEN h.t_start <= ${N} THEN h.t_start END)
     FROM (
       SELECT p.*, p.created + ${hours("2 + 46 * p.u2")} AS t_start,
         p.created + CASE WHEN p.u3 < 0.04 THEN interval '100 years' ELSE p.span * (0.2 + 1.0 * p.u3) + interval '3 hours' END AS t_report,
         p.created + CASE WHEN p.u3 < 0.04 THEN interval '100 years' ELSE p.span * (0.2 + 1.0 * p.u3) + ${hours("24 + 96 * p.u2")} END AS t_close
       FROM (
         SELECT q.*, v."visitedAt" + CASE WHEN q.source = 'DIRECT' THEN interval '1 day' ELSE interval '0' END AS created,
           CASE q.severity WHEN 'LOW' THEN interval '30 days' WHEN 'MEDIUM' THEN interval '15 days' WHEN 'HIGH' THEN interval '7 days' ELSE interval '3 days' END AS span
         FROM (
           SELECT 'hz' || ${kk("k")} || '-' || lpad(n::text, 6, '0') AS id, k, n, random() AS u1, random() AS u2, random() AS u3,
             'v' || ${kk("k")} || '-' || lpad((1 + floor(random() * ${E}))::int::text, 5, '0') || '-' || lpad(floor(random() * ${VPE})::int::text, 2, '0') AS visit,
             CASE WHEN n % 2 = 0 THEN 'VISIT' ELSE 'DIRECT' END AS source,
             ${pick(["LOW", "LOW", "LOW", "MEDIUM", "MEDIUM", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "MAJOR"], "random()")} AS severity
           FROM generate_series(1, ${C}) k, generate_series(1, ${scale.hazardsPerCounty}) n
         ) q JOIN "Visit" v ON v."id" = q.visit
       ) p
     ) h JOIN "Visit" v ON v."id" = h.visit
     WHERE h.created <= ${N}
     ORDER BY h.created`,
  );

  step(
    "disputes",
    `INSERT INTO "Dispute" ("id", "bureauId", "stationId", "enterpriseId", "kind", "parties", "description", "escalationRisk", "status",
       "outcome", "recordedById", "closedAt", "version", "createdAt", "updatedAt")
     SELECT d.id, ${bureauId("d.k")}, w."stationId", e."id", d.kind::"DisputeKind", '企业与' || ${pick(["外包单位", "员工", "周边村民", "供应商"], "d.u1")},
       '双方因费用结算发生争执，需民警介入调解。', d.u2 < 0.1,
       (CASE WHEN d.t_end <= ${N} THEN CASE WHEN d.u2 < 0.85 THEN 'RESOLVED' ELSE 'UNRESOLVED' END
             WHEN d.t_session <= ${N} THEN 'MEDIATING' ELSE 'OPEN' END)::"DisputeStatus",
       CASE WHEN d.t_end <= ${N} THEN CASE WHEN d.u2 < 0.85 THEN '双方达成调解协议并当场履行。'
         ELSE ${quote(referralOutcome("COURT", "调解未成，已引导当事人向人民法院起诉。"))} END END,
       e."responsibleOfficerId", CASE WHEN d.t_end <= ${N} THEN d.t_end END,
       (d.t_session <= ${N})::int + (d.t_end <= ${N})::int, d.created,
       CASE WHEN d.t_end <= ${N} THEN d.t_end WHEN d.t_session <= ${N} THEN d.t_session ELSE d.created END
     FROM (
       SELECT x.*, x.created + interval '2 days' AS t_session, x.created + interval '9 days' AS t_end
       FROM (
         SELECT 'ds' || ${kk("k")} || '-' || lpad(n::text, 5, '0') AS id, k, n, random() AS u1, random() AS u2,
           (ARRAY['LABOR','CONTRACT','NEIGHBOUR','TRAFFIC','DAMAGE','OTHER'])[1 + n % 6] AS kind,
           ${enterpriseId("k", `1 + floor(random() * ${E})::int`)} AS enterprise,
           date_trunc('second', ${N} - random() * interval '${DAYS} days') AS created
         FROM generate_series(1, ${C}) k, generate_series(1, ${scale.disputesPerCounty}) n
       ) x
     ) d JOIN "Enterprise" e ON e."id" = d.enterprise JOIN "Workstation" w ON w."id" = e."workstationId"
     ORDER BY d.created;
     INSERT INTO "MediationSession" ("id", "disputeId", "mediatorId", "heldAt", "notes", "createdAt")
     SELECT 'ms' || substr(d."id", 3), d."id", d."recordedById", d."createdAt" + interval '2 days', '组织双方面对面调解，释明法律规定。',
       d."createdAt" + interval '2 days'
     FROM "Dispute" d WHERE d."status" <> 'OPEN'`,
  );

  // Residency requests: drafted, submitted, reviewed (some sent back for materials), approved and
  // completed, or rejected; the checklist of each follows its status.
  step(
    "residency",
    `CREATE TEMP TABLE bench_residency ON COMMIT DROP AS
     WITH p AS (
       SELECT k, n, random() AS u1, random() AS u2, random() AS u3, random() AS u_kind, random() AS u_mode,
         1 + floor(random() * ${E})::int AS i,
         date_trunc('second', ${N} - ${DAYS} * power(random(), 1.2) * interval '1 day') AS created
       FROM generate_series(1, ${C}) k, generate_series(1, ${scale.residencyPerCounty}) n
     ), q AS (
       SELECT p.*, CASE WHEN u1 < 0.06 THEN 'reject' WHEN u1 < 0.16 THEN 'materials' ELSE 'normal' END AS fate,
         ${pick(["TALENT_SETTLEMENT", "TALENT_SETTLEMENT", "TALENT_SETTLEMENT", "COLLECTIVE_HOUSEHOLD", "RESIDENCE_PERMIT", "RESIDENCE_PERMIT", "RESIDENCE_PERMIT", "CHILD_SCHOOL_PROOF", "CHILD_SCHOOL_PROOF", "ID_CARD"], "u_kind")} AS kind,
         created + CASE WHEN u2 < 0.02 THEN interval '100 years' ELSE ${hours("48 * u3")} END AS t_sub
       FROM p
     ), r AS (
       SELECT q.*, t_sub + ${hours("4 + 68 * u2")} AS t_rev,
         t_sub + ${hours("5 + 68 * u2 + 24 * u3")} AS t_mat,
         t_sub + ${hours("30 + 68 * u2 + 240 * u3")} AS t_resub
       FROM q
     ), s AS (
       SELECT r.*, CASE WHEN fate = 'materials' THEN t_resub + ${hours("4 + 68 * u3")} ELSE t_rev END AS t_rev_last
       FROM r
     ), t AS (
       SELECT s.*, t_rev_last + ${hours("24 + 96 * u2")} AS t_app, t_rev_last + ${hours("48 + 240 * u2")} AS t_done,
         t_rev + ${hours("24 + 48 * u3")} AS t_rej
       FROM s
     )
     SELECT t.*, 'rq' || ${kk("k")} || '-' || lpad(n::text, 6, '0') AS id,
       (CASE
         WHEN t_sub > ${N} THEN 'DRAFT'
         WHEN t_rev > ${N} THEN 'SUBMITTED'
         WHEN fate = 'reject' THEN CASE WHEN t_rej > ${N} THEN 'UNDER_REVIEW' ELSE 'REJECTED' END
         WHEN fate = 'materials' AND t_mat > ${N} THEN 'UNDER_REVIEW'
         WHEN fate = 'materials' AND t_resub > ${N} THEN 'NEEDS_MATERIALS'
         WHEN t_rev_last > ${N} THEN 'SUBMITTED'
         WHEN t_app > ${N} THEN 'UNDER_REVIEW'
         WHEN t_done > ${N} THEN 'APPROVED'
         ELSE 'COMPLETED'
       END)::"ResidencyStatus" AS status,
       extract(year FROM created + interval '8 hours')::int AS year,
       row_number() OVER (PARTITION BY k, extract(year FROM created + interval '8 hours') ORDER BY created, n) AS seq
     FROM t;
     INSERT INTO "ResidencyRequest" ("id", "bureauId", "number", "enterpriseId", "kind", "applicantName", "applicantIdNumber", "applicantPhone",
       "education", "serviceMode", "greenChannel", "greenChannelReason", "status", "createdById", "reviewerId", "materialsNote",
       "rejectReason", "submittedAt", "completedAt", "version", "createdAt", "updatedAt")
     SELECT r.id, ${bureauId("r.k")}, 'HJ-' || r.year || '-' || lpad(r.seq::text, 6, '0'), ${enterpriseId("r.k", "r.i")}, r.kind::"ResidencyKind",
       ${person("r.u1", "r.u3")}, '370285' || to_char(date '1975-01-01' + floor(r.u2 * 9000)::int, 'YYYYMMDD') || lpad((r.n % 1000)::text, 3, '0') || (r.n % 10)::text,
       '15' || lpad((r.k * 1000000 + r.n)::text, 9, '0'),
       CASE WHEN r.kind = 'TALENT_SETTLEMENT' THEN (ARRAY['VOCATIONAL','BACHELOR','BACHELOR','MASTER','DOCTORATE']::"Education"[])[1 + r.n % 5] END,
       (ARRAY['WINDOW','WINDOW','APPOINTMENT','DOOR_TO_DOOR','PROXY','ONLINE','ONLINE']::"ServiceMode"[])[1 + floor(r.u_mode * 7)::int],
       r.u_mode < 0.1, CASE WHEN r.u_mode < 0.1 THEN '重点项目引进人才' END, r.status, ${liaisonId("r.k", "r.i")},
       CASE WHEN r.t_rev <= ${N} AND r.status NOT IN ('DRAFT') THEN ${officerId("r.k", officerOf("r.i"))} END,
       CASE WHEN r.status = 'NEEDS_MATERIALS' THEN '请补充材料的清晰扫描件。' END,
       CASE WHEN r.status = 'REJECTED' THEN '申请人不符合办理条件。' END,
       CASE WHEN r.status <> 'DRAFT' THEN r.t_sub END, CASE WHEN r.status = 'COMPLETED' THEN r.t_done END,
       (SELECT count(*)::int FROM (VALUES (r.t_sub), (r.t_rev), (r.t_rev_last), (r.t_app), (r.t_done)) v(at) WHERE v.at <= ${N}),
       r.created,
       greatest(r.created, (SELECT max(v.at) FROM (VALUES (r.t_sub), (r.t_rev), (r.t_app), (r.t_done), (r.t_rej), (r.t_mat), (r.t_resub)) v(at) WHERE v.at <= ${N}))
     FROM bench_residency r
     ORDER BY r.created;
     INSERT INTO "ResidencyDocument" ("id", "requestId", "requirementId", "status", "rejectReason", "updatedAt")
     SELECT r.id || '-' || d."sortOrder", r.id, d."id",
       (CASE
         WHEN r.status = 'NEEDS_MATERIALS' AND d."sortOrder" = last."sortOrder" THEN 'REJECTED'
         WHEN r.status = 'NEEDS_MATERIALS' THEN 'ACCEPTED'
         WHEN NOT d."required" AND r.n % 3 <> 0 THEN 'MISSING'
         WHEN r.status = 'DRAFT' THEN CASE WHEN r.n % 2 = 0 THEN 'RECEIVED' ELSE 'MISSING' END
         WHEN r.status IN ('APPROVED', 'COMPLETED') THEN 'ACCEPTED'
         WHEN r.status = 'UNDER_REVIEW' AND d."sortOrder" % 2 = 0 THEN 'ACCEPTED'
         ELSE 'RECEIVED'
       END)::"DocumentStatus",
       CASE WHEN r.status = 'NEEDS_MATERIALS' AND d."sortOrder" = last."sortOrder" THEN '扫描件不清晰' END,
       r.created
     FROM bench_residency r
     JOIN "DocumentRequirement" d ON d."bureauId" = ${bureauId("r.k")} AND d."kind" = r.kind::"ResidencyKind"
     CROSS JOIN LATERAL (SELECT max(x."sortOrder") AS "sortOrder" FROM "DocumentRequirement" x
       WHERE x."bureauId" = d."bureauId" AND x."kind" = d."kind" AND x."required") last;
     INSERT INTO "Counter" ("bureauId", "scope", "year", "value")
     SELECT ${bureauId("k")}, 'residency', year, max(seq) FROM bench_residency GROUP BY k, year`,
  );

  return steps;
}

// Tables that take millions of rows: their secondary indexes and foreign keys are dropped for the
// load and made again afterwards (one index build, one join to check each key), which is several
// times faster than maintaining and checking them row by row.
const BULK_TABLES = ["Ticket", "TicketEvent", "Visit", "Hazard", "ResidencyRequest", "ResidencyDocument"];

/** Builds the city in one transaction, reporting each step's time through `progress`. */
export async function generateCity(
  client: pg.Client,
  scale: Scale,
  options: { now: Date; passwordHash: string; progress?: (label: string, ms: number) => void },
): Promise<void> {
  const timed = async (label: string, sql: string) => {
    const started = performance.now();
    await client.query(sql);
    options.progress?.(label, performance.now() - started);
  };
  await client.query("BEGIN");
  try {
    // Sorting two million tickets by time and building their indexes fit in memory with this.
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT quote_ident(i.indexname) AS name, i.indexdef AS definition FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u', 'x'))`,
      [BULK_TABLES],
    );
    const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT quote_ident(t.relname) AS table, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY($1)`,
      [BULK_TABLES],
    );
    if (indexes.length) await client.query(indexes.map((i) => `DROP INDEX ${i.name}`).join("; "));
    // The tickets carry their filed place from the insert itself, and the dashboard tally is counted
    // once at the end instead of row by row; so are the enterprises' latest visits.
    await client.query(
      `ALTER TABLE "Ticket" DISABLE TRIGGER USER; ALTER TABLE "TicketEvent" DISABLE TRIGGER USER; ALTER TABLE "Visit" DISABLE TRIGGER USER`,
    );
    if (keys.length) await client.query(keys.map((k) => `ALTER TABLE ${k.table} DROP CONSTRAINT ${k.name}`).join("; "));
    for (const { label, sql } of citySteps(scale, options.now, options.passwordHash)) await timed(label, sql);
    if (indexes.length) await timed("indexes", indexes.map((i) => i.definition).join("; "));
    if (keys.length)
      await timed(
        "foreign keys",
        keys.map((k) => `ALTER TABLE ${k.table} ADD CONSTRAINT ${k.name} ${k.definition}`).join("; "),
      );
    await timed("dashboard tally", `SELECT "ticket_tally_rebuild"()`);
    await client.query(
      `ALTER TABLE "Ticket" ENABLE TRIGGER USER; ALTER TABLE "TicketEvent" ENABLE TRIGGER USER; ALTER TABLE "Visit" ENABLE TRIGGER USER`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
