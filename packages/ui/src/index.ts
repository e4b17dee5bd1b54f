// Explicit named exports: this list is the package's public API (docs/conventions.md).

export { Alert, AlertDescription, type AlertProps, AlertTitle } from "./components/alert.tsx";
export { Avatar, type AvatarProps, getInitials } from "./components/avatar.tsx";
export { Badge, type BadgeProps, badgeVariants } from "./components/badge.tsx";
export { Button, type ButtonProps, buttonVariants } from "./components/button.tsx";
export {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "./components/card.tsx";
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "./components/dialog.tsx";
export {
  DropdownMenu,
  DropdownMenuLoading,
  DropdownMenuTrigger,
  DropdownMenuWhenOpen,
} from "./components/dropdown-menu.tsx";
export {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "./components/dropdown-menu-content.tsx";
export { Input } from "./components/input.tsx";
export { Kbd } from "./components/kbd.tsx";
export { Label } from "./components/label.tsx";
export { NativeSelect } from "./components/native-select.tsx";
export { PersistentTooltip } from "./components/persistent-tooltip.tsx";
export { Progress } from "./components/progress.tsx";
export { Separator } from "./components/separator.tsx";
export { Skeleton } from "./components/skeleton.tsx";
export { Spinner } from "./components/spinner.tsx";
export {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
} from "./components/table.tsx";
export { Tabs, TabsContent, TabsList, TabsTrigger } from "./components/tabs.tsx";
export { Textarea } from "./components/textarea.tsx";
export { cn } from "./lib/cn.ts";
export { useIsHydrated } from "./lib/use-is-hydrated.ts";
export {
  type DimensionBarRow,
  DimensionBars,
  type DimensionBarsProps,
} from "./score/dimension-bars.tsx";
export { EvidenceLegend } from "./score/evidence-legend.tsx";
export { EvidenceText, type EvidenceTextProps } from "./score/evidence-text.tsx";
export { FlagList, type FlagListProps } from "./score/flag-list.tsx";
export { OverallScore, type OverallScoreProps } from "./score/overall-score.tsx";
export { getScoreBand, type ScoreBand, type ScoreBandKey } from "./score/score-band.ts";
export { ScoreCard, type ScoreCardProps } from "./score/score-card.tsx";
export { segmentText, type TextRange, type TextSegment } from "./score/segment-text.ts";
export { SuggestionList, type SuggestionListProps } from "./score/suggestion-list.tsx";
export type {
  CommentRange,
  DimensionInfo,
  DimensionKey,
  Evidence,
  FlagInfo,
  ScoreResult,
} from "./score/types.ts";
export { AccountBadge } from "./shell/account-badge.tsx";
export { AppShell, type AppShellProps, SkipLink } from "./shell/app-shell.tsx";
export { EmptyState, type EmptyStateProps } from "./shell/empty-state.tsx";
export { PageHeader, type PageHeaderProps } from "./shell/page-header.tsx";
export { RoleSwitcher, type RoleSwitcherProps } from "./shell/role-switcher.tsx";
export {
  RoleSwitcherContent,
  RoleSwitcherItem,
  type RoleSwitcherItemProps,
} from "./shell/role-switcher-content.tsx";
export { ShellNav, ShellNavLink, type ShellNavLinkProps } from "./shell/shell-nav.tsx";
export { ThemeProvider } from "./shell/theme-provider.tsx";
export { ThemeToggle } from "./shell/theme-toggle.tsx";
export { ThemeToggleIcons } from "./shell/theme-toggle-icons.tsx";
export { UserMenu, type UserMenuProps } from "./shell/user-menu.tsx";
export { UserMenuContent, type UserMenuContentProps } from "./shell/user-menu-content.tsx";
export { ShellBrand, type ShellBrandProps, Wordmark } from "./shell/wordmark.tsx";
