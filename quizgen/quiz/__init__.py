"""Printable quizzes: questions built from an article's extraction, shuffled per version."""

from .model import Question, Quiz, Section
from .pool import Pool, build_pools
from .questions import build_quiz
from .shuffle import version

__all__ = ["Question", "Quiz", "Section", "Pool", "build_pools", "build_quiz", "version"]
