/// The stable codes of the diagnostics CourseKit's passes report (the leaf modules keep their own).
package enum Codes {
    /// A `#` heading in a lesson body.
    package static let headingH1 = "lesson.heading-h1"
    /// A heading that skips a level.
    package static let headingSkip = "lesson.heading-skip"
    /// A lesson file without front matter.
    package static let lessonMissingFrontMatter = "lesson.missing-front-matter"
    /// Front matter with no closing `---` line.
    package static let lessonUnterminatedFrontMatter = "lesson.unterminated-front-matter"
    /// A front matter value of the wrong YAML type.
    package static let lessonBadType = "lesson.bad-type"
    /// A front matter key lessons do not have.
    package static let lessonUnknownKey = "lesson.unknown-key"
    /// A front matter address with a scheme authors may not use.
    package static let lessonBadURL = "lesson.bad-url"
    /// A required front matter key that is absent.
    package static let lessonMissingKey = "lesson.missing-key"

    /// A lesson name in `course.yml` that is not a plain file name.
    package static let courseBadSlug = "course.bad-slug"
    /// A `course.yml` value of the wrong YAML type.
    package static let courseBadType = "course.bad-type"
    /// A `course.yml` key the course or a module does not have.
    package static let courseUnknownKey = "course.unknown-key"
    /// A `course.yml` address with a scheme authors may not use.
    package static let courseBadURL = "course.bad-url"
    /// A required `course.yml` key that is absent.
    package static let courseMissingKey = "course.missing-key"
    /// Two lessons whose names differ only in case.
    package static let courseCaseCollision = "course.case-collision"
    /// A lesson listed twice in `course.yml`.
    package static let courseDuplicateLesson = "course.duplicate-lesson"
    /// No `course.yml` in the content folder.
    package static let courseMissingFile = "course.missing-file"
    /// A lesson listed in `course.yml` without its file.
    package static let courseMissingLesson = "course.missing-lesson"
    /// A content, template or asset file whose symbolic link leads outside its folder.
    package static let courseOutsideFolder = "course.outside-folder"
    /// A content file that is not UTF-8 text.
    package static let courseNotText = "course.not-text"
    /// A content file over `ContentReader.maxFileBytes`.
    package static let courseFileTooLarge = "course.file-too-large"
    /// A folder, pipe, socket or device where a content file belongs.
    package static let courseNotAFile = "course.not-a-file"
    /// A `lessons` entry in the content folder that is not a folder.
    package static let courseNotAFolder = "course.not-a-folder"
    /// A content file or the `lessons` folder that the system will not let Lectern read.
    package static let courseUnreadable = "course.unreadable"
    /// Two tags that would share one tag page.
    package static let courseTagCollision = "course.tag-collision"
    /// A lesson file that `course.yml` does not list.
    package static let courseUnlistedLesson = "course.unlisted-lesson"
    /// A tag of `course.yml` that no lesson carries.
    package static let courseUnusedTag = "course.unused-tag"

    /// A YAML alias (`*name`).
    package static let yamlAlias = "yaml.alias"
    /// A YAML anchor (`&name`).
    package static let yamlAnchor = "yaml.anchor"
    /// A key given twice in one YAML mapping.
    package static let yamlDuplicateKey = "yaml.duplicate-key"
    /// YAML that does not parse.
    package static let yamlSyntax = "yaml.syntax"

    /// A quiz `answer:` that is empty or not a number or truth value.
    package static let quizBadAnswer = "quiz.bad-answer"
    /// A quiz `id:` with characters an id may not have.
    package static let quizBadId = "quiz.bad-id"
    /// A quiz `tolerance:` that is not a positive number.
    package static let quizBadTolerance = "quiz.bad-tolerance"
    /// A `check:` that ends in an assignment.
    package static let quizCheckNoValue = "quiz.check-no-value"
    /// A `check:` that does not parse.
    package static let quizCheckSyntax = "quiz.check-syntax"
    /// A `check:` whose value cannot prove this kind of key.
    package static let quizCheckType = "quiz.check-type"
    /// An unmarked option equal to the check's value.
    package static let quizCorrectDistractor = "quiz.correct-distractor"
    /// A quiz field given twice.
    package static let quizDuplicateField = "quiz.duplicate-field"
    /// Two quizzes of the course with one id.
    package static let quizDuplicateId = "quiz.duplicate-id"
    /// An empty `check:`.
    package static let quizEmptyCheck = "quiz.empty-check"
    /// An option with no text.
    package static let quizEmptyOption = "quiz.empty-option"
    /// A true/false quiz whose check is false.
    package static let quizFalseClaim = "quiz.false-claim"
    /// Options with none marked correct.
    package static let quizNoOptionMarked = "quiz.no-option-marked"
    /// A quiz with neither options nor an answer.
    package static let quizNoOptionsOrAnswer = "quiz.no-options-or-answer"
    /// A quiz with no question.
    package static let quizNoQuestion = "quiz.no-question"
    /// A quiz with both options and an answer.
    package static let quizOptionsAndAnswer = "quiz.options-and-answer"
    /// Text after the options that belongs to no part of the quiz.
    package static let quizStrayText = "quiz.stray-text"
    /// A quiz field the quiz does not know.
    package static let quizUnknownField = "quiz.unknown-field"
    /// A tolerance on a quiz that compares no numbers.
    package static let quizUnusedTolerance = "quiz.unused-tolerance"
    /// A quiz without `check:` (only with `--strict`).
    package static let quizUnverified = "quiz.unverified"
    /// A numeric answer that differs from the check's value.
    package static let quizWrongKey = "quiz.wrong-key"
    /// A numeric key whose written digits imply a tolerance too loose to prove anything.
    package static let quizLooseTolerance = "quiz.loose-tolerance"
    /// A marked option that differs from the check's value.
    package static let quizWrongOption = "quiz.wrong-option"

    /// A plot line that is not `key: value`.
    package static let plotBadField = "plot.bad-field"
    /// A plot range that is not `low .. high`.
    package static let plotBadRange = "plot.bad-range"
    /// A plot field given twice.
    package static let plotDuplicateField = "plot.duplicate-field"
    /// A plot range whose ends are equal.
    package static let plotEmptyRange = "plot.empty-range"
    /// An empty expression among the `y:` curves.
    package static let plotEmptySeries = "plot.empty-series"
    /// A plot field with no value.
    package static let plotEmptyValue = "plot.empty-value"
    /// A plot range written high to low.
    package static let plotInvertedRange = "plot.inverted-range"
    /// A plot without `y:` or `x:`.
    package static let plotMissingField = "plot.missing-field"
    /// A plot range too narrow to draw.
    package static let plotNarrowRange = "plot.narrow-range"
    /// A range end or curve value that is not one number.
    package static let plotNotANumber = "plot.not-a-number"
    /// A plot field the plot does not know.
    package static let plotUnknownField = "plot.unknown-field"

    /// A glossary term defined twice.
    package static let glossaryDuplicateTerm = "glossary.duplicate-term"
    /// A glossary term with no definition.
    package static let glossaryEmptyDefinition = "glossary.empty-definition"
    /// A glossary heading with no term.
    package static let glossaryEmptyTerm = "glossary.empty-term"
    /// A `see:` naming no library function.
    package static let glossaryUnknownFunction = "glossary.unknown-function"
    /// A `[[…]]` link naming no term or alias.
    package static let glossaryUnknownTerm = "glossary.unknown-term"
    /// A glossary term no lesson links to.
    package static let glossaryUnusedTerm = "glossary.unused-term"

    /// An FAQ id with characters an id may not have.
    package static let faqBadId = "faq.bad-id"
    /// Two FAQ questions with one id.
    package static let faqDuplicateId = "faq.duplicate-id"
    /// An FAQ question with no answer.
    package static let faqEmptyAnswer = "faq.empty-answer"
    /// An FAQ heading with no question.
    package static let faqEmptyQuestion = "faq.empty-question"
    /// A lesson's `faq:` naming an id `faq.md` does not define.
    package static let faqUnknownId = "faq.unknown-id"

    /// Every code, for the README's table check.
    package static let all = [
        headingH1, headingSkip, lessonMissingFrontMatter, lessonUnterminatedFrontMatter,
        lessonBadType, lessonUnknownKey, lessonBadURL, lessonMissingKey,
        courseBadType, courseUnknownKey, courseBadURL, courseMissingKey,
        courseBadSlug, courseCaseCollision, courseDuplicateLesson, courseMissingFile, courseMissingLesson,
        courseOutsideFolder, courseNotText, courseFileTooLarge, courseNotAFile, courseNotAFolder, courseUnreadable,
        courseTagCollision, courseUnlistedLesson, courseUnusedTag,
        yamlAlias, yamlAnchor, yamlDuplicateKey, yamlSyntax,
        quizBadAnswer, quizBadId, quizBadTolerance, quizCheckNoValue, quizCheckSyntax, quizCheckType,
        quizCorrectDistractor, quizDuplicateField, quizDuplicateId, quizEmptyCheck, quizEmptyOption, quizFalseClaim,
        quizNoOptionMarked, quizNoOptionsOrAnswer, quizNoQuestion, quizOptionsAndAnswer, quizStrayText,
        quizUnknownField, quizUnusedTolerance, quizUnverified, quizWrongKey, quizLooseTolerance, quizWrongOption,
        plotBadField, plotBadRange, plotDuplicateField, plotEmptyRange, plotEmptySeries, plotEmptyValue,
        plotInvertedRange, plotMissingField, plotNarrowRange, plotNotANumber, plotUnknownField,
        glossaryDuplicateTerm, glossaryEmptyDefinition, glossaryEmptyTerm, glossaryUnknownFunction,
        glossaryUnknownTerm, glossaryUnusedTerm,
        faqBadId, faqDuplicateId, faqEmptyAnswer, faqEmptyQuestion, faqUnknownId,
    ] + variantCodes
}
