import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaFile, schemaFilePath } from '../src/schema/print.js';

writeFileSync(schemaFilePath, printSchemaFile());
console.log(`wrote ${resolve(schemaFilePath)}`);
