import { getDb } from '../db/client';
import { seedDemo } from '../db/seed';

console.log(seedDemo(getDb()) ? 'demo data seeded' : 'database not empty; nothing seeded');
