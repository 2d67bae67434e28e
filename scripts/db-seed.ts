// `npm run db:seed`: applies migrations and loads the demo county if the database has none.
import { prepareDatabase } from "./lib/prepare-database.ts";

prepareDatabase({ demo: true })
  .then((result) => console.log(result))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
