"""Quality scores from indicators, and grades from scores (SPEC §2.6)."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from centredesk.model.numbers import HUNDRED, ONE, ZERO, r2
from centredesk.model.policy import Grade


@dataclass(frozen=True)
class Indicator:
    """A post's quality indicator with its annual target and weight."""

    name: str
    target: Decimal
    weight: Decimal
    higher_is_better: bool = True
    raise_percent: Decimal = ZERO
    is_rate: bool = False

    def monthly_target(self) -> Decimal:
        """The target raised by `raise_percent` in the direction that is harder to meet."""
        factor = ONE + self.raise_percent / HUNDRED
        if not self.higher_is_better:
            return self.target / factor
        raised = self.target * factor
        return min(raised, HUNDRED) if self.is_rate else raised

    def achievement(self, actual: Decimal) -> Decimal:
        target = self.monthly_target()
        if self.higher_is_better:
            return ONE if target == 0 else min(ONE, actual / target)
        return ONE if actual == 0 else min(ONE, target / actual)


def quality_score(results: Sequence[tuple[Indicator, Decimal]]) -> Decimal:
    """r2(100 × Σ weight × achievement ÷ Σ weight) over (indicator, actual) pairs."""
    total_weight = sum((indicator.weight for indicator, _ in results), ZERO)
    if total_weight <= 0:
        raise ValueError("a quality score needs indicators with a positive total weight")
    weighted = sum((ind.weight * ind.achievement(actual) for ind, actual in results), ZERO)
    return r2(HUNDRED * weighted / total_weight)


def grade_for_score(score: Decimal, grades: Sequence[Grade]) -> Grade:
    """The grade with the highest min_score that `score` reaches."""
    reached = [grade for grade in grades if score >= grade.min_score]
    if not reached:
        raise ValueError(f"score {score} reaches no grade")
    return max(reached, key=lambda grade: grade.min_score)
