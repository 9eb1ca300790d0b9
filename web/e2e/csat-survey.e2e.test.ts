import {
  connectChannel,
  httpCaller,
  resolvedChannelTicket,
  signupTenant,
  startChannelReceiver,
} from '@switchboard/testing';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, watchErrors } from './support/browser.js';

/*
 * docs/api.md §4.8: the survey page a customer opens from the link, in a real browser on a
 * 320 px phone: accessible, styled under its own policy, answered with no script.
 */
describe('a customer answers the satisfaction survey on a phone', () => {
  const baseUrl = inject('baseUrl');
  let channel: Awaited<ReturnType<typeof startChannelReceiver>>;
  let browser: BrowserContext;
  let path: string;

  beforeAll(async () => {
    channel = await startChannelReceiver();
    const call = httpCaller(() => baseUrl);
    const admin = await signupTenant(call, 'Parcel Pals');
    await connectChannel(call, admin, channel.url);
    const ticketId = await resolvedChannelTicket(call, admin);
    path = new URL(await channel.linkFor(ticketId)).pathname;
    browser = await openContext(baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await channel?.close();
  });

  it('fits 320 px, passes axe, keeps its styles, and records the rating chosen by its label', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await page.getByText(/^Parcel Pals/).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    // The inline stylesheet applies (its hash is in the page's policy): the button is styled.
    const button = page.getByRole('button', { name: 'Send my answer' });
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(11, 87, 208)');

    await page.getByRole('radio', { name: '4 Good' }).check();
    await page.getByLabel('Anything else you would like to tell us? (optional)').fill('Quick & kind <3');
    await button.click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();

    await page.goto(path);
    await page.getByRole('heading', { name: 'Thank you, we already have your answer' }).waitFor();
    expect(errors).toEqual([]);
  });
});
