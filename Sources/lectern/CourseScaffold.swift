import Foundation

/// The files `lectern new` writes: a two-lesson course that shows each construct once and
/// builds with no warnings, the default templates, and the CI workflow.
struct CourseScaffold {
    /// The course title.
    var title: String

    /// Every file by path relative to the new course's folder.
    func files() -> [String: Data] {
        var files: [String: Data] = [:]
        let texts: [String: String] = [
            "content/course.yml": courseFile,
            "content/lessons/first-steps.md": Self.firstLesson,
            "content/lessons/examples-and-plots.md": Self.secondLesson,
            "content/glossary.md": Self.glossary,
            "content/faq.md": Self.faq,
            ".gitignore": "# The built course: `lectern build` writes it, CI publishes it.\n/site/\n",
            ".github/workflows/lectern.yml": Self.workflow,
        ]
        for (path, text) in texts { files[path] = Data(text.utf8) }
        for (path, data) in TemplateSource.builtInFiles() { files["templates/" + path] = data }
        return files
    }

    /// `title` as a double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    private var courseFile: String {
        """
        title: \(Self.yamlQuoted(title))
        tagline: A short course written with Lectern; replace these two lessons with your own.
        tags: [basics]
        modules:
          - title: Getting started
            lessons: [first-steps, examples-and-plots]

        """
    }

    private static let firstLesson = #"""
    ---
    title: First steps
    summary: Math, a value computed at build time and a quiz whose key is checked.
    tags: [basics]
    faq: [edit-and-preview]
    ---

    ## Math

    The [[sigmoid]] squeezes every real number into the interval between 0 and 1:

    $$\sigma(z) = \frac{1}{1 + e^{-z}}$$

    Inline math works too: at $z = 0$ the result is exactly one half.

    ## A computed value

    Numbers in the prose can be computed when the course is built, so they are never out of
    date: $\sigma(2) \approx {= sigmoid(2) :.4f}$.

    ## A checked quiz

    `lectern check` runs the `check:` line and fails the build when it disagrees with the key.

    ```quiz
    What is $\sigma(0)$?

    answer: 0.5
    check: sigmoid(0)
    > The exponential of zero is one, so the formula gives one over two.
    ```

    """#

    private static let secondLesson = #"""
    ---
    title: Examples and plots
    summary: A worked example whose outputs are proven, and a plot drawn at build time.
    tags: [basics]
    ---

    ## A worked example

    Each `>>>` line is run and its output compared with the line below it.

    ```example
    >>> relu([-1, 0, 2])
    [0, 0, 2]
    >>> sigmoid(0)
    0.5
    ```

    ## A plot

    ```plot
    title: Sigmoid and ReLU
    y: sigmoid(x), relu(x)
    x: -4 .. 4
    xlabel: input x
    ```

    The [[sigmoid]] levels off on both sides, while ReLU keeps growing for positive inputs.

    """#

    private static let glossary = """
    # Glossary

    ## Sigmoid
    aliases: logistic function
    see: sigmoid

    The S-shaped function $\\sigma(z) = 1 / (1 + e^{-z})$, which maps any real number into the
    interval between 0 and 1.

    """

    private static let faq = """
    # Frequently asked questions

    ## How do I see my changes while I write?
    id: edit-and-preview

    Run `lectern serve` in the course folder and open the address it prints. Every time you
    save a file the course is rebuilt and the page reloads; mistakes appear over the page with
    their file, line and column.

    """

    /// The CI workflow. Its lectern command lines, actions and permissions are checked by
    /// `ScaffoldWorkflowTests` (it cannot run GitHub Actions itself).
    static let workflow = """
    # Checks the course on every pull request (problems appear as annotations on the changed
    # lines) and publishes the built site to GitHub Pages from main.
    # Set LECTERN_GIT to the repository you install Lectern from (Settings → Secrets and
    # variables → Actions → Variables), and choose "GitHub Actions" as the Pages source.
    name: Lectern

    on:
      pull_request:
      push:
        branches: [main]

    permissions:
      contents: read

    jobs:
      course:
        runs-on: ubuntu-latest
        # The Swift release Lectern is built and tested with (it needs 6.2 or later).
        container: swift:6.3
        steps:
          - uses: actions/checkout@v4
          - name: Install Lectern
            env:
              LECTERN_GIT: ${{ vars.LECTERN_GIT }}
            run: |
              if [ -z "$LECTERN_GIT" ]; then
                echo "::error::set the repository variable LECTERN_GIT to the Git address Lectern is installed from"
                exit 1
              fi
              apt-get update -qq
              apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev
              git clone --depth 1 "$LECTERN_GIT" /tmp/lectern
              swift build -c release --package-path /tmp/lectern --product lectern
              echo "/tmp/lectern/.build/release" >> "$GITHUB_PATH"
          - name: Check
            if: github.event_name == 'pull_request'
            run: lectern check --strict --diagnostics-format github
          - name: Build
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            run: lectern build --strict --diagnostics-format github --output site
          - uses: actions/upload-pages-artifact@v3
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            with:
              path: site

      publish:
        if: github.event_name == 'push' && github.ref == 'refs/heads/main'
        needs: course
        runs-on: ubuntu-latest
        permissions:
          pages: write
          id-token: write
        concurrency:
          group: pages
          cancel-in-progress: false
        environment:
          name: github-pages
          url: ${{ steps.deploy.outputs.page_url }}
        steps:
          - uses: actions/configure-pages@v5
          - id: deploy
            uses: actions/deploy-pages@v4

    """
}
