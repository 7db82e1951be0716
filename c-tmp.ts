import { draftStory } from './src/lib/draft/draft.ts';
import { Gazetteer } from './src/lib/draft/gazetteer.ts';
import { gazetteerEntries } from './scripts/draft/gazetteer.ts';
import { ARTICLES } from './tests/fixtures/articles/expected.ts';
import { readFileSync } from 'node:fs';
const g = new Gazetteer(gazetteerEntries());
for (const a of ARTICLES) {
  const d = draftStory(readFileSync('tests/fixtures/articles/'+a.file,'utf8'), {slug:'x',title:'',publisher:'p',published:a.published}, {gazetteer:g});
  console.log('==', a.file, d.story.places.map(p=>p.name).join(','));
  for (const e of d.story.events) console.log('  ', e.date, e.provenance.quotes[0].resolves.phrase, '|', e.title, e.places, e.time?.local ?? '');
}
