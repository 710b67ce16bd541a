import { expect, type Locator } from '@playwright/test';

/** What the person writes and rates in the end-of-day ritual's check-in. */
export interface CheckInAnswers {
  doneToday: string;
  /** Tomorrow's top three, as many as the person fills in. */
  tasks: string[];
  energy: number;
  mood: number;
  stress: number;
  note: string;
}

/**
 * Answers the end-of-day ritual (in bokmål) as a person does: what got done and tomorrow's tasks,
 * then "Neste", energy, mood, stress and a note; saves the check-in and waits for the confirmation.
 */
export async function saveCheckIn(ritual: Locator, answers: CheckInAnswers): Promise<void> {
  await ritual.getByLabel('Hva fikk du gjort i dag?').fill(answers.doneToday);
  for (const [index, task] of answers.tasks.entries()) {
    await ritual.getByLabel(`Oppgave ${index + 1}`).fill(task);
  }
  await ritual.getByRole('button', { name: 'Neste' }).click();
  await ritual.getByRole('group', { name: 'Energi' }).getByLabel(String(answers.energy)).check();
  await ritual.getByRole('group', { name: 'Humør' }).getByLabel(String(answers.mood)).check();
  await ritual.getByRole('group', { name: 'Stress' }).getByLabel(String(answers.stress)).check();
  await ritual.getByLabel('Notat (valgfritt)').fill(answers.note);
  await ritual.getByRole('button', { name: 'Lagre i dagboken' }).click();
  await expect(ritual.getByRole('status')).toHaveText('Lagret i dagboken.');
}
