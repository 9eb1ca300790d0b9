import { deadLetterDepths, peekDeadLetters, replayDeadLetters } from './dead-letters.js';

/*
 * ./manage.sh dlq: inspect and replay dead-lettered messages.
 *   list <service...>        depth of each service's DLQ
 *   show <service> [n]       the first n dead letters (default 20), left in place
 *   replay <service>         send them back to the service's queue
 */
const url = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const [command, ...args] = process.argv.slice(2);

if (command === 'list') {
  const depths = await deadLetterDepths(url, args);
  for (const [queue, depth] of Object.entries(depths)) console.log(`${queue.padEnd(32)} ${depth}`);
} else if (command === 'show' && args[0]) {
  for (const letter of await peekDeadLetters(url, args[0], Number(args[1] ?? 20))) {
    console.log(JSON.stringify(letter));
  }
} else if (command === 'replay' && args[0]) {
  console.log(`replayed ${await replayDeadLetters(url, args[0])} message(s) to ${args[0]}.events`);
} else {
  console.error('usage: dlq list <service...> | show <service> [n] | replay <service>');
  process.exit(2);
}
