// Benchmark of the enterprise import at its limit: builds an .xlsx of the largest register accepted
// (MAX_IMPORT_ROWS rows), then times reading and checking it (the preview) and registering it in the
// chunks the page sends, and checking the same file again (everything then already registered).
//
//   node --conditions=react-server --import tsx scripts/bench/import.ts [--rows 5000]
//   (DATABASE_URL=postgres://… to run on a server; otherwise an in-memory PGlite)
import ExcelJS from "exceljs";
import { createPrismaClient, databaseTarget, openPglite } from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrate.ts";
import { resetDb } from "../../lib/db/index.ts";
import { loadSessionUser } from "../../lib/auth/sign-in.ts";
import { commitImport, previewImport } from "../../lib/enterprises/import/commands.ts";
import { COMMIT_CHUNK_ROWS, MAX_IMPORT_ROWS } from "../../lib/enterprises/import/limits.ts";
import { creditCodeCheckChar } from "../../lib/validation/credit-code.ts";
import { seedDemo } from "../../prisma/seed/seed.ts";

const rowsArg = Number(process.argv[process.argv.indexOf("--rows") + 1] || 0) || MAX_IMPORT_ROWS;
const target = process.env.DATABASE_URL ? databaseTarget() : ({ kind: "pglite", dataDir: "memory://" } as const);

const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;

async function main() {
  await applyMigrations(target.kind === "postgres" ? target : { kind: "pglite", pglite: openPglite(target.dataDir) });
  const db = createPrismaClient(target);
  resetDb(db);
  await seedDemo(db);
  const chief = await db.user.findUniqueOrThrow({ where: { username: "chief" } });
  const user = (await loadSessionUser(db, chief.id, chief.tokenVersion))!;
  const workstation = await db.workstation.findFirstOrThrow({
    where: { bureauId: user.bureauId },
    select: { code: true },
  });

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业");
  sheet.addRow([
    "企业名称",
    "统一社会信用代码",
    "行业",
    "警务工作站",
    "职工人数",
    "投资额（万元）",
    "重点项目",
    "项目阶段",
  ]);
  for (let i = 0; i < rowsArg; i++) {
    const first17 = `91370285MA8B${String(i).padStart(5, "0")}`;
    sheet.addRow([
      `基准测试企业${i}号有限公司`,
      first17 + creditCodeCheckChar(first17),
      "装备制造",
      workstation.code,
      120,
      3000,
      "否",
      "",
    ]);
  }
  const file = new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], "bench.xlsx");
  console.log(`register: ${rowsArg} rows, ${(file.size / 1024).toFixed(0)} KiB (${target.kind})`);

  let t = performance.now();
  const preview = await previewImport(user, { file });
  console.log(`preview (read + check): ${ms(t)} — ${preview.counts.valid} valid`);

  t = performance.now();
  const valid = preview.rows.filter((r) => r.status === "valid").map((r) => ({ line: r.line, values: r.values }));
  let imported = 0;
  for (let i = 0; i < valid.length; i += COMMIT_CHUNK_ROWS)
    imported += (await commitImport(user, { rows: valid.slice(i, i + COMMIT_CHUNK_ROWS) })).imported;
  console.log(
    `register in ${Math.ceil(valid.length / COMMIT_CHUNK_ROWS)} chunks of ${COMMIT_CHUNK_ROWS}: ${ms(t)} — ${imported} imported`,
  );

  t = performance.now();
  const again = await previewImport(user, { file });
  console.log(
    `same file again: ${ms(t)} — ${again.counts.alreadyRegistered} already registered, ${again.counts.valid} valid`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
