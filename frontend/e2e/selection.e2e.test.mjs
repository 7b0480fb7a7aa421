import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, loginThroughKeycloak, newPage } from './support.mjs';

// One flow, in order: a municipality applies, the programme office ends the call, a steering-group member
// reviews, the programme office finalises the decision, and the new site appears. Demo round 3 is open.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const ROUND = 'Dritte Auflage (Demo)';

async function openRound(page) {
  await page.goto(`${SPA}/runden`);
  await page.getByRole('link', { name: ROUND }).click();
  await page.getByRole('heading', { level: 1, name: `3. ${ROUND}` }).waitFor();
}

test('a municipality applies, the steering group reviews, the programme office decides, the site appears', async () => {
  // 1. Meßkirch applies.
  const kommune = await newPage(browser);
  await kommune.goto(`${SPA}/runden`);
  await loginThroughKeycloak(kommune, 'kommune');
  await openRound(kommune);
  await kommune.getByRole('link', { name: 'Zur Bewerbung' }).click();
  await kommune.getByText(/Bewerbungszeitraum: .* bis .* Uhr/).waitFor();
  await kommune.getByLabel('Ansprechperson').fill('Markus Keller');
  await kommune.getByLabel('E-Mail').fill('integration@messkirch.example.org');
  await kommune
    .getByLabel('Motivation und Ziele')
    .fill('Helferkreis und Verwaltung entwickeln gemeinsam einen Fahrplan.');
  // The applicant is shown; partners are picked from the registry by name, topics from the topics list.
  await kommune.getByText(/Antragsteller.*Meßkirch/).waitFor();
  await kommune.getByRole('textbox', { name: 'Partner' }).fill('Ostrach');
  await kommune.getByRole('option', { name: /^Ostrach \(08437086\)/ }).click();
  await kommune.keyboard.press('Escape');
  await kommune.getByRole('textbox', { name: 'Handlungsfelder' }).click();
  await kommune.getByRole('option').first().click();
  await kommune.keyboard.press('Escape');
  await kommune.getByRole('button', { name: 'Entwurf speichern' }).click();
  await kommune.getByText('Entwurf', { exact: true }).waitFor();
  await kommune
    .getByRole('status')
    .filter({ hasText: /Entwurf gespeichert/ })
    .waitFor();
  await expectAccessible(kommune, 'application-draft');
  await kommune.getByRole('button', { name: 'Einreichen' }).click();
  await kommune.getByText('Eingereicht', { exact: true }).waitFor();

  // 2. The programme office ends the call (after a look at the round list and the form for a new round).
  const office = await newPage(browser);
  await office.goto(`${SPA}/runden`);
  await loginThroughKeycloak(office, 'programmbuero');
  await office.getByRole('link', { name: ROUND }).waitFor();
  await expectAccessible(office, 'round-list');
  await office.getByRole('link', { name: 'Neue Förderrunde' }).click();
  await office.getByRole('heading', { level: 1, name: 'Neue Förderrunde anlegen' }).waitFor();
  await expectAccessible(office, 'round-form');
  await office.getByRole('textbox', { name: 'Programm' }).click();
  await office.getByRole('option', { name: /Integration durch Bürgerschaftliches Engagement/ }).click();
  await office.getByRole('textbox', { name: 'Nr.' }).fill('4');
  await office.getByRole('textbox', { name: /^Titel( \*)?$/ }).fill('Vierte Auflage (Test)');
  await office.getByLabel('Beginn').fill('2027-01-15T09:00');
  await office.getByLabel('Ende').fill('2027-03-31T18:00');
  await office.getByLabel('Mindestens im Regierungsbezirk Tübingen').fill('1');
  await office.getByRole('button', { name: 'Speichern' }).click();
  await office.getByRole('heading', { level: 1, name: '4. Vierte Auflage (Test)' }).waitFor();
  await office.getByText('Entwurf', { exact: true }).waitFor();
  await office.getByText('15.01.2027, 09:00 – 31.03.2027, 18:00').waitFor(); // entered in Berlin time, shown in Berlin time
  // Consequential steps ask first and say what will happen.
  await office.getByRole('button', { name: 'Ausschreibung eröffnen' }).click();
  const opening = office.getByRole('dialog', { name: 'Ausschreibung eröffnen?' });
  await opening.getByText(/Kommunen können sich im Bewerbungszeitraum bewerben/).waitFor();
  await expectAccessible(office, 'confirm-dialog');
  await opening.getByRole('button', { name: 'Ausschreibung eröffnen' }).click();
  await office.getByText('Ausschreibung offen', { exact: true }).waitFor();
  await openRound(office);
  // The application that came in is on the round page.
  await office.getByRole('heading', { name: /Bewerbung(en)? eingegangen/ }).waitFor();
  await office.getByRole('row').filter({ hasText: 'Meßkirch' }).getByRole('cell', { name: 'Eingereicht' }).waitFor();
  await expectAccessible(office, 'round-detail');
  await office.getByRole('button', { name: 'Ausschreibung beenden, Bewertung beginnen' }).click();
  await office
    .getByRole('dialog', { name: 'Ausschreibung beenden?' })
    .getByRole('button', { name: 'Ausschreibung beenden, Bewertung beginnen' })
    .click();
  await office.getByText('In Bewertung', { exact: true }).waitFor();

  // 3. A steering-group member reviews with the keyboard-friendly radio groups.
  const steering = await newPage(browser);
  await steering.goto(`${SPA}/runden`);
  await loginThroughKeycloak(steering, 'steuerung');
  await openRound(steering);
  await steering.getByRole('link', { name: 'Bewerbungen bewerten' }).click();
  await steering.getByRole('heading', { level: 2, name: /Meßkirch, Ostrach/ }).waitFor();
  const groups = steering.locator('main').getByRole('radiogroup');
  await groups.first().waitFor();
  assert.equal(await groups.count(), 3); // the round's three criteria
  for (const group of await groups.all()) {
    await group.getByRole('radio', { name: '4' }).check();
  }
  await steering.getByRole('button', { name: 'Bewertung speichern' }).click();
  await steering.getByText('Ihre Bewertung ist gespeichert.').waitFor();
  await expectAccessible(steering, 'review');

  // 4. The programme office finalises what the proposal suggests; the confirmation says what will happen.
  await office.getByRole('link', { name: 'Rangliste und Auswahl' }).click();
  await office.getByRole('heading', { level: 1, name: /Rangliste und Auswahl/ }).waitFor();
  await office.getByText('✓ nach Punktzahl').or(office.getByText('✓ wegen Quote')).first().waitFor();
  await expectAccessible(office, 'selection');
  await office.getByRole('button', { name: 'Endgültig beschließen' }).click();
  const dialog = office.getByRole('dialog', { name: 'Entscheidung endgültig beschließen?' });
  await dialog.getByText('1 Bewerbungen werden ausgewählt; für jede entsteht ein Standort.').waitFor();
  await dialog.getByRole('button', { name: 'Endgültig beschließen' }).click();
  await office.getByText('Revision 1 (Endgültig)').waitFor();

  // 5. The site is there, for everybody.
  const anyone = await newPage(browser);
  await openRound(anyone);
  const row = anyone.getByRole('row').filter({ hasText: 'Meßkirch' });
  await row.waitFor();
  assert.match(await row.innerText(), /Ostrach/);
  assert.match(await row.innerText(), /40\.000\s€/);
  await expectAccessible(anyone, 'round-sites');
});
