package io.factordesk.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Grades from best to worst with contiguous PD bands covering [0, 1]. */
public record GradeScale(List<Grade> grades) {

    public GradeScale {
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new ModelValidationException("grades: none defined");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            Grade grade = grades.get(i);
            String where = "grade " + grade.name();
            if (grade.name() == null || grade.name().isBlank() || !names.add(grade.name())) {
                throw new ModelValidationException("grade " + (i + 1) + ": name missing or repeated: " + grade.name());
            }
            if (!(grade.pdMin() < grade.pdMax())) {
                throw new ModelValidationException(where + ": PD band [" + grade.pdMin() + ", " + grade.pdMax()
                    + ") is empty or reversed; grades must be ordered from best (lowest PD) to worst");
            }
            if (i == 0 && grade.pdMin() != 0.0) {
                throw new ModelValidationException(where + ": the best grade's PD band must start at 0, not " + grade.pdMin());
            }
            if (i > 0 && grade.pdMin() < grades.get(i - 1).pdMin()) {
                Grade better = grades.get(i - 1);
                throw new ModelValidationException(where + ": out of order, its PD band starts at " + grade.pdMin()
                    + " below grade " + better.name() + "'s " + better.pdMin() + "; list grades from best to worst");
            }
        }
        for (int i = 0; i < grades.size(); i++) {
            Grade grade = grades.get(i);
            String where = "grade " + grade.name();
            if (i > 0) {
                Grade better = grades.get(i - 1);
                if (grade.pdMin() != better.pdMax()) {
                    throw new ModelValidationException(where + ": PD band starts at " + grade.pdMin() + " but grade "
                        + better.name() + " ends at " + better.pdMax() + "; bands must be contiguous");
                }
                if (grade.advanceRate() > better.advanceRate() || grade.limitMultiple() > better.limitMultiple()) {
                    throw new ModelValidationException(where + ": advance rate or limit multiple above those of the better grade "
                        + better.name());
                }
            }
            if (!(grade.advanceRate() >= 0.0 && grade.advanceRate() <= 1.0) || grade.limitMultiple() < 0.0) {
                throw new ModelValidationException(where + ": advance rate must be within [0, 1] and limit multiple not negative");
            }
        }
        Grade worst = grades.get(grades.size() - 1);
        if (worst.pdMax() != 1.0) {
            throw new ModelValidationException("grade " + worst.name() + ": the worst grade's PD band must end at 1, not "
                + worst.pdMax());
        }
    }

    public Grade gradeFor(double pd) {
        for (Grade grade : grades) {
            if (grade.contains(pd)) {
                return grade;
            }
        }
        return grades.get(grades.size() - 1);
    }
}
