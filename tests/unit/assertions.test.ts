/** The test helpers that stop checks from passing vacuously fail when they should. */
import { expect, test } from 'vitest';
import { motionProblem, nonEmpty, type MotionStyle } from '../support/assert.ts';

test('nonEmpty: a loop over nothing fails instead of passing', () => {
  expect(() => nonEmpty([], 'pages')).toThrow(/pages: expected at least one, found none/);
  expect(nonEmpty([1], 'pages')).toEqual([1]);
});

const still: MotionStyle = { animationName: 'none', animationDuration: '0s', transitionProperty: 'all', transitionDuration: '0s', scrollBehavior: 'auto' };

test('motionProblem: the browser default (transition: all 0s) does not move', () => {
  expect(motionProblem(still)).toBeNull();
  expect(motionProblem({ ...still, transitionProperty: 'none', transitionDuration: '1s' })).toBeNull();
  expect(motionProblem({ ...still, animationName: 'spin', animationDuration: '0.00001s' })).toBeNull();
});

test('motionProblem: transition: all 0.3s, any transition in a list, animations and smooth scrolling move', () => {
  expect(motionProblem({ ...still, transitionDuration: '0.3s' })).toMatch(/transition all 0.3s/);
  expect(motionProblem({ ...still, transitionProperty: 'color, opacity', transitionDuration: '0s, 300ms' })).toMatch(/transition/);
  expect(motionProblem({ ...still, animationName: 'spin', animationDuration: '1s' })).toMatch(/animation spin/);
  expect(motionProblem({ ...still, scrollBehavior: 'smooth' })).toBe('smooth scrolling');
});
