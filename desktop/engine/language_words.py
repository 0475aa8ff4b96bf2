"""Which language's word list knows more of a text: simplemma's detector over the lemma cache."""

from __future__ import annotations

from simplemma import LanguageDetector
from simplemma.strategies import DefaultStrategy, LemmatizationStrategy
from simplemma.token_sampler import MostCommonTokenSampler, RelaxedMostCommonTokenSampler

from desktop.engine import lemma_cache


class _Cached(LemmatizationStrategy):
    """simplemma's look-ups for each language, read from the lemma cache where there is one."""

    def get_lemma(self, token: str, lang: str) -> str | None:
        found = lemma_cache.strategy(lang) or _DEFAULT
        return found.get_lemma(token, lang)


_DEFAULT = DefaultStrategy()


def proportions(sample: str, languages: tuple[str, ...]) -> list[tuple[str, float]]:
    """simplemma.langdetect(sample, LANGUAGES), its two samplers in turn, over the cache."""
    results: list[tuple[str, float]] = []
    for sampler in (MostCommonTokenSampler(), RelaxedMostCommonTokenSampler()):
        detector = LanguageDetector(languages, sampler, _Cached())
        proportions = detector.proportion_in_each_language(sample)
        results = sorted(proportions.items(), key=lambda item: (item[0] == "unk", -item[1]))
        if len(results) == 1 or results[0][1] != results[1][1]:
            break
    return results
