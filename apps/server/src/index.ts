export { buildApp, BODY_LIMIT } from './app.js';
export { connect, prepare, start } from './bootstrap.js';
export { loadConfig, type Config } from './config.js';
export { openDatabase, type Database } from './db/database.js';
export { migrate } from './db/migrate.js';
export { importPlaces } from './modules/places/places.import.js';
export { seedDemo, DEMO_ACCOUNTS, demoIin } from './seed/demo.js';
export { DEMO_PASSWORD } from './seed/demo-data.js';
