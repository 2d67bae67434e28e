/** Entry point for the seed script: see ./data/ for the individual data sets. */
export * from "./data/index";
