// `npm run rules:schema`: write rules/schema.json from the Zod schema, for editor completion.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ruleSetSchema } from '../domain/rule-set';
import { rulesDir } from './rule-files';

const schema = z.toJSONSchema(ruleSetSchema, { io: 'input', unrepresentable: 'any' });
writeFileSync(join(rulesDir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote rules/schema.json');
